// Package arch holds the test that enforces the dependency rule between
// probity's packages (see the README's architecture section). It has no
// code of its own.
package arch
