package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ArchiveDir returns the directory where source files are archived: the
// database's path with ".sources" appended, or "" for an in-memory
// database (which archives nothing).
func (s *Store) ArchiveDir() string {
	if s.path == ":memory:" || s.path == "" {
		return ""
	}
	return s.path + ".sources"
}

// ArchivedFile returns the path of a source's archived copy, or "" if the
// source was not archived.
func (s *Store) ArchivedFile(src int64) (string, error) {
	var name *string
	if err := s.db.QueryRow(`SELECT archive FROM sources WHERE id = ?`, src).Scan(&name); err != nil {
		return "", fmt.Errorf("read archive of source %d: %w", src, err)
	}
	if name == nil || *name == "" || s.ArchiveDir() == "" {
		return "", nil
	}
	return filepath.Join(s.ArchiveDir(), *name), nil
}

// Incoming is a source file being copied into the archive as it is read,
// before its SHA-256 is known. Keep names it by its hash; Discard drops it.
// A nil *Incoming (an in-memory store) accepts writes and keeps nothing.
type Incoming struct {
	f   *os.File
	dir string
	err error
}

// NewIncoming starts a copy into the archive.
func (s *Store) NewIncoming() (*Incoming, error) {
	dir := s.ArchiveDir()
	if dir == "" {
		return nil, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create archive: %w", err)
	}
	f, err := os.CreateTemp(dir, ".incoming-*")
	if err != nil {
		return nil, fmt.Errorf("create archive copy: %w", err)
	}
	return &Incoming{f: f, dir: dir}, nil
}

// Write copies p; a write error is kept and returned by Keep.
func (in *Incoming) Write(p []byte) (int, error) {
	if in == nil || in.err != nil {
		return len(p), nil
	}
	if _, err := in.f.Write(p); err != nil {
		in.err = err
	}
	return len(p), nil
}

// CopyFrom copies the file at path into the copy, in the kernel where the
// system can. Keep flushes it to disk.
func (in *Incoming) CopyFrom(path string) error {
	if in == nil {
		return nil
	}
	src, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("archive copy: %w", err)
	}
	defer src.Close()
	if _, err := io.Copy(in.f, src); err != nil {
		in.err = err
		return fmt.Errorf("archive copy of %s: %w", path, err)
	}
	return nil
}

// Keep finishes the copy, flushed to disk, and names it sha+ext, unless a copy of that name
// is there already; it returns the name.
func (in *Incoming) Keep(sha, ext string) (string, error) {
	if in == nil {
		return "", nil
	}
	defer os.Remove(in.f.Name())
	if in.err != nil {
		in.f.Close()
		return "", fmt.Errorf("archive copy: %w", in.err)
	}
	name := sha + strings.ToLower(ext)
	if err := in.f.Chmod(0o444); err != nil {
		in.f.Close()
		return "", fmt.Errorf("archive copy: %w", err)
	}
	if err := in.f.Sync(); err != nil {
		in.f.Close()
		return "", fmt.Errorf("archive copy: %w", err)
	}
	if err := in.f.Close(); err != nil {
		return "", fmt.Errorf("archive copy: %w", err)
	}
	dst := filepath.Join(in.dir, name)
	if _, err := os.Stat(dst); err == nil {
		return name, nil
	}
	if err := os.Rename(in.f.Name(), dst); err != nil {
		return "", fmt.Errorf("archive copy: %w", err)
	}
	return name, nil
}

// Discard drops the copy.
func (in *Incoming) Discard() {
	if in == nil {
		return
	}
	in.f.Close()
	os.Remove(in.f.Name())
}

// NewStage creates a scratch file for a bulk load's staged copy: beside
// the archive, on the same disk as the database, or in the system's
// temporary directory for an in-memory database. The caller removes it.
func (s *Store) NewStage() (*os.File, error) {
	dir := s.ArchiveDir()
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create archive: %w", err)
		}
	}
	f, err := os.CreateTemp(dir, ".stage-*.csv")
	if err != nil {
		return nil, fmt.Errorf("create staged copy: %w", err)
	}
	return f, nil
}
