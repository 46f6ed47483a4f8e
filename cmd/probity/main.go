// Command probity checks government-efficiency claims against the records.
// Run "probity help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"

	"github.com/probity-dev/probity/internal/cli"
)

func main() {
	// PROBITY_CPUPROFILE=FILE writes a CPU profile, for 'go tool pprof'.
	if path := os.Getenv("PROBITY_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			defer pprof.StopCPUProfile()
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "probity:", cli.Message(err))
	}
	code := cli.ExitCode(err)
	pprof.StopCPUProfile()
	os.Exit(code)
}
