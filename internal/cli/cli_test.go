package cli

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// TestEveryCommandHasHelp runs "probity help NAME" and "probity NAME -h"
// for every command and subcommand.
func TestEveryCommandHasHelp(t *testing.T) {
	var walk func(prefix []string, cmds []*Command)
	walk = func(prefix []string, cmds []*Command) {
		for _, c := range cmds {
			path := append(append([]string{}, prefix...), c.Name)
			t.Run(strings.Join(path, " "), func(t *testing.T) {
				var out, errb bytes.Buffer
				if err := Run(context.Background(), append([]string{"help"}, path...), nil, &out, &errb); err != nil {
					t.Fatalf("help: %v", err)
				}
				if !strings.Contains(out.String(), "Usage: probity "+strings.Join(path, " ")) {
					t.Fatalf("help output lacks a usage line:\n%s", out.String())
				}
				if c.Short == "" {
					t.Fatal("no short description")
				}
				if c.Flags != nil {
					out.Reset()
					errb.Reset()
					if err := Run(context.Background(), append(path, "-h"), nil, &out, &errb); err != nil {
						t.Fatalf("-h: %v", err)
					}
					if !strings.Contains(errb.String(), "Usage: probity "+strings.Join(path, " ")) {
						t.Fatalf("-h output lacks a usage line:\n%s", errb.String())
					}
				}
			})
			walk(path, c.Sub)
		}
	}
	walk(nil, commands())
}

// TestREADMEListsEveryCommand keeps the README's command reference whole.
func TestREADMEListsEveryCommand(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range commands() {
		if !strings.Contains(string(b), "`probity "+c.Name) {
			t.Errorf("README.md does not document 'probity %s'", c.Name)
		}
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"version"}, 0},
		{[]string{"nope"}, 2},
		{[]string{"ingest"}, 2},
		{[]string{"report", "--format", "pdf"}, 2},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		err := Run(context.Background(), tt.args, nil, &out, &errb)
		if got := ExitCode(err); got != tt.code {
			t.Errorf("%v: exit %d (%v), want %d", tt.args, got, err, tt.code)
		}
	}
}
