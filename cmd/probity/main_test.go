package main

import (
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run probity in-process as the command
// "probity".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"probity": main})
}

// TestScripts runs the command-line scripts in testdata/script: each is a
// txtar file holding commands, their expected output and the files they
// need, run in a fresh directory. See the testscript package for the
// language; 'go test ./cmd/probity -run TestScripts/NAME' runs one.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("PROBITY_DB", env.WorkDir+"/probity.db")
			env.Setenv("HOME", env.WorkDir)
			return nil
		},
	})
}
