package spend

import (
	"errors"
	"fmt"
)

// ErrorKind classifies an error for users: it decides the CLI exit code and
// (later) the HTTP status, in one table each.
type ErrorKind string

// The error kinds. Anything not classified is Internal.
const (
	Invalid  ErrorKind = "invalid"   // bad input: a flag, a file that is not what it claims to be
	NotFound ErrorKind = "not_found" // a named thing does not exist
	Conflict ErrorKind = "conflict"  // the request clashes with stored state
	Internal ErrorKind = "internal"  // a bug or a system failure
)

// Error is an error with a kind and a message that is safe to show a user.
// Err, if set, is the underlying cause, for logs.
type Error struct {
	Kind    ErrorKind
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Message == "" && e.Err != nil {
		return e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of the given kind with a formatted message.
// A %w verb in format wraps the cause.
func Errorf(kind ErrorKind, format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	return &Error{Kind: kind, Message: err.Error(), Err: errors.Unwrap(err)}
}

// KindOf returns the kind of err: the kind of the first *Error in its
// chain, or Internal.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}
