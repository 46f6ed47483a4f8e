package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// Command is one subcommand. Sub-subcommands (such as "link eval") are
// listed in Sub and dispatched on the first argument.
type Command struct {
	Name  string
	Usage string // arguments after the name, e.g. "[flags] FILE..."
	Short string // one line for the command list
	Long  string // paragraphs printed by "probity help NAME"
	// Flags declares the command's flags on fs; the returned function,
	// called after parsing with the remaining arguments, does the work.
	Flags func(fs *flag.FlagSet, env *Env) func(ctx context.Context, args []string) error
	Sub   []*Command

	parent *Command
}

// Env is what a command may touch: its streams, the environment, the
// clock, and the options every command shares.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time
}

// commands is the command table; each entry lives in a file of its name.
func commands() []*Command {
	cmds := []*Command{versionCmd()}
	cmds = append(cmds, registered...)
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	return cmds
}

// registered is filled by the init functions of the command files, so
// that adding a command means adding one file.
var registered []*Command

func register(c *Command) { registered = append(registered, c) }

// Run runs the probity command line with args (without the program name).
// It writes results to stdout and progress and diagnostics to stderr, and
// returns an error for main to classify with ExitCode.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv, Now: time.Now}
	return runEnv(ctx, env, args)
}

func runEnv(ctx context.Context, env *Env, args []string) error {
	root := &Command{Name: "probity", Sub: commands()}
	if len(args) == 0 {
		printList(env.Stderr, root)
		return usageError("no command given")
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		return help(env, root, args[1:])
	}
	return dispatch(ctx, env, root, args)
}

func dispatch(ctx context.Context, env *Env, parent *Command, args []string) error {
	name := args[0]
	c := find(parent.Sub, name)
	if c == nil {
		full := name
		if parent.Name != "probity" {
			full = parent.path() + " " + name
		}
		return usageError(fmt.Sprintf("unknown command %q; run 'probity help' for the list", full))
	}
	c.parent = parent
	if len(c.Sub) > 0 && len(args) > 1 && !strings.HasPrefix(args[1], "-") {
		if s := find(c.Sub, args[1]); s != nil {
			return dispatch(ctx, env, c, args[1:])
		}
		if c.Flags == nil {
			return usageError(fmt.Sprintf("unknown command %q", c.path()+" "+args[1]))
		}
	}
	if c.Flags == nil {
		printList(env.Stderr, c)
		return usageError(fmt.Sprintf("%s needs a subcommand", c.path()))
	}
	fs := flag.NewFlagSet(c.path(), flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { printUsage(env.Stderr, c, fs) }
	run := c.Flags(fs, env)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError(err.Error())
	}
	return run(ctx, fs.Args())
}

func find(cmds []*Command, name string) *Command {
	for _, c := range cmds {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func help(env *Env, root *Command, args []string) error {
	c := root
	for _, a := range args {
		s := find(c.Sub, a)
		if s == nil {
			return usageError(fmt.Sprintf("no help for %q", strings.Join(args, " ")))
		}
		s.parent = c
		c = s
	}
	if c == root || (c.Flags == nil && len(c.Sub) > 0) {
		printList(env.Stdout, c)
		return nil
	}
	fs := flag.NewFlagSet(c.path(), flag.ContinueOnError)
	c.Flags(fs, env)
	printUsage(env.Stdout, c, fs)
	return nil
}

func printList(w io.Writer, c *Command) {
	if c.Name == "probity" {
		fmt.Fprintln(w, "probity checks government-efficiency claims against the records.")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Usage: probity COMMAND [flags] [args]")
	} else {
		fmt.Fprintf(w, "Usage: %s COMMAND [flags] [args]\n", c.path())
		if c.Long != "" {
			fmt.Fprintln(w)
			fmt.Fprintln(w, strings.TrimSpace(c.Long))
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, s := range c.Sub {
		fmt.Fprintf(tw, "  %s\t%s\n", s.Name, s.Short)
	}
	tw.Flush()
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Run '%s help COMMAND' for a command's flags.\n", strings.Replace(c.path(), "probity", "probity", 1))
}

func printUsage(w io.Writer, c *Command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: %s %s\n\n", c.path(), c.Usage)
	fmt.Fprintln(w, c.Short+".")
	if c.Long != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, strings.TrimSpace(c.Long))
	}
	if len(c.Sub) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Subcommands:")
		for _, s := range c.Sub {
			fmt.Fprintf(w, "  %-10s %s\n", s.Name, s.Short)
		}
	}
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Flags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// path returns the command's full name, e.g. "probity link eval".
func (c *Command) path() string {
	if c.parent == nil || c.parent.Name == "" {
		return c.Name
	}
	return c.parent.path() + " " + c.Name
}

// ExitCode maps an error returned by Run to the process exit status:
//
//	0  success
//	1  internal error (a bug or a system failure)
//	2  invalid input: bad flags or arguments, a file that is not what it claims
//	3  not found
//	4  conflict with stored state
func ExitCode(err error) int {
	if err == nil {
		return 0
	}
	switch spend.KindOf(err) {
	case spend.Invalid:
		return 2
	case spend.NotFound:
		return 3
	case spend.Conflict:
		return 4
	}
	return 1
}

// Message returns the text to show a user for err: the error itself for
// classified errors, and the cause prefixed with "internal error" for the
// rest, so that a bug is never mistaken for bad input.
func Message(err error) string {
	if spend.KindOf(err) == spend.Internal {
		return "internal error: " + err.Error()
	}
	return err.Error()
}

func usageError(msg string) error { return &spend.Error{Kind: spend.Invalid, Message: msg} }

// defaultDBPath returns the database used when --db is not given:
// $PROBITY_DB, else probity.db under the user's data directory
// ($XDG_DATA_HOME or ~/.local/share).
func defaultDBPath(env *Env) string {
	if p := env.Getenv("PROBITY_DB"); p != "" {
		return p
	}
	dir := env.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home := env.Getenv("HOME")
		if home == "" {
			if h, err := os.UserHomeDir(); err == nil {
				home = h
			}
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "probity", "probity.db")
}
