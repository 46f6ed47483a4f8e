package cli

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"
)

func versionCmd() *Command {
	return &Command{
		Name:  "version",
		Usage: "",
		Short: "Print the program version and build information",
		Flags: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			return func(ctx context.Context, args []string) error {
				v := "(devel)"
				if bi, ok := debug.ReadBuildInfo(); ok {
					if bi.Main.Version != "" {
						v = bi.Main.Version
					}
					fmt.Fprintf(env.Stdout, "probity %s %s\n", v, bi.GoVersion)
					return nil
				}
				fmt.Fprintf(env.Stdout, "probity %s\n", v)
				return nil
			}
		},
	}
}
