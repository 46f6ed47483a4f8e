// Package cli is probity's command line: one Command per subcommand, each
// in its own file with its own flag.FlagSet, and Run to dispatch. It is the
// only package that knows every other package; main is a thin wrapper
// around Run so that tests can run the whole program in-process.
package cli
