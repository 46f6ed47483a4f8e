package spend

import "time"

// Source is one ingested file, recorded so that every claim, award and
// finding can be traced to the exact bytes it came from.
type Source struct {
	ID          int64
	Name        string // file name as given
	SHA256      string // hex digest of the file's bytes
	Format      string // format name (see the ingest package)
	Snapshot    Date   // publication or scrape date of the data
	Bytes       int64
	Read        int64 // data records read
	Loaded      int64 // records stored
	Quarantined int64 // records set aside with a reason
	IngestedAt  time.Time
}

// RowError is a bad record found during ingest: where it is and why it was
// set aside. Bad records are quarantined, not fatal.
type RowError struct {
	File   string
	Record int64  // 1-based data record number; 0 if unknown
	Line   int64  // 1-based line
	Column int64  // 1-based column (byte offset in the line, or field number for JSON)
	Field  string // column name, if known
	Reason string
	Raw    string // the record's raw text, truncated
}

// Error returns "file:line:column: field: reason".
func (e *RowError) Error() string {
	s := e.File
	if e.Line > 0 {
		s += ":" + itoa(e.Line)
		if e.Column > 0 {
			s += ":" + itoa(e.Column)
		}
	}
	s += ": "
	if e.Field != "" {
		s += e.Field + ": "
	}
	return s + e.Reason
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
