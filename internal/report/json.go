package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// JSONSchema names the JSON layout JSON writes; it changes only when a
// field is renamed or removed (adding fields does not change it).
const JSONSchema = "probity.report/v1"

// JSON writes r as one JSON document with the field names documented in
// the package comment. Amounts appear twice: as a decimal string of
// dollars ("1234.50") and as integer cents (name_cents). Unknown amounts
// and dates are null; dates are ISO 8601 (YYYY-MM-DD).
//
// The summary, sources and diffs are indented; each item is written on
// one line, as it is built, so that large reports stream and diff well.
func JSON(w io.Writer, r *Report) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := writeJSON(bw, r); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

func writeJSON(bw *bufio.Writer, r *Report) error {
	w := &stickyWriter{w: bw}
	ix := newIndex(r)
	doc := toJSON(r, false)
	w.str("{\n")
	w.field("schema", doc.Schema, ",\n")
	w.field("title", doc.Title, ",\n")
	w.field("generated_at", doc.GeneratedAt, ",\n")
	w.field("order", doc.Order, ",\n")
	w.field("summary", doc.Summary, ",\n")
	w.str(`  "items": [`)
	for i := range r.Items {
		if i > 0 {
			w.str(",")
		}
		w.str("\n    ")
		w.json(jsonItemOf(ix, &r.Items[i]), "", "")
	}
	if len(r.Items) > 0 {
		w.str("\n  ")
	}
	w.str("],\n")
	w.field("sources", doc.Sources, ",\n")
	w.field("diffs", doc.Diffs, "\n}\n")
	return w.err
}

// stickyWriter keeps the first error and skips all writes after it.
type stickyWriter struct {
	w   *bufio.Writer
	err error
}

func (s *stickyWriter) str(v string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(v)
	}
}

func (s *stickyWriter) json(v any, prefix, indent string) {
	if s.err != nil {
		return
	}
	var b []byte
	if b, s.err = marshal(v, prefix, indent); s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

// field writes `  "name": value` and then after, indented to sit in the
// document.
func (s *stickyWriter) field(name string, v any, after string) {
	s.str(`  "` + name + `": `)
	s.json(v, "  ", "  ")
	s.str(after)
}

// marshal encodes v without HTML escaping (the JSON is not embedded in
// HTML), indented when indent is set, without a trailing newline.
func marshal(v any, prefix, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

type jsonReport struct {
	Schema      string       `json:"schema"`
	Title       string       `json:"title"`
	GeneratedAt *string      `json:"generated_at"`
	Order       string       `json:"order"`
	Summary     jsonSummary  `json:"summary"`
	Items       []jsonItem   `json:"items"`
	Sources     []jsonSource `json:"sources"`
	Diffs       []jsonDiff   `json:"diffs"`
}

type jsonSummary struct {
	Snapshots        []jsonSnapshot `json:"snapshots"`
	Claims           int            `json:"claims"`
	Claimed          string         `json:"claimed"`
	ClaimedCents     int64          `json:"claimed_cents"`
	Verifiable       string         `json:"verifiable"`
	VerifiableCents  int64          `json:"verifiable_cents"`
	Unsupported      string         `json:"unsupported"`
	UnsupportedCents int64          `json:"unsupported_cents"`
	Statuses         jsonStatuses   `json:"statuses"`
	ByKind           []jsonTotal    `json:"by_kind"`
	ByClass          []jsonTotal    `json:"by_class"`
	ByAgency         []jsonTotal    `json:"by_agency"`
}

type jsonStatuses struct {
	Supported    int `json:"supported"`
	Partial      int `json:"partial"`
	Unsupported  int `json:"unsupported"`
	Unverifiable int `json:"unverifiable"`
	WithFindings int `json:"with_findings"`
}

type jsonSnapshot struct {
	Kind     string  `json:"kind"`
	Snapshot *string `json:"snapshot"`
	SourceID int64   `json:"source_id"`
}

type jsonTotal struct {
	Key             string `json:"key"`
	Count           int    `json:"count"`
	Claimed         string `json:"claimed"`
	ClaimedCents    int64  `json:"claimed_cents"`
	Verifiable      string `json:"verifiable"`
	VerifiableCents int64  `json:"verifiable_cents"`
	Amount          string `json:"amount"`
	AmountCents     int64  `json:"amount_cents"`
}

type jsonItem struct {
	Claim   jsonClaim   `json:"claim"`
	Verdict jsonVerdict `json:"verdict"`
	Award   *jsonAward  `json:"award"`
	Rows    []jsonRow   `json:"rows"`
}

type jsonOrigin struct {
	SourceID int64  `json:"source_id"`
	Source   string `json:"source"`
	Record   int64  `json:"record"`
	Line     int64  `json:"line"`
}

type jsonClaim struct {
	ID           int64       `json:"id"`
	Kind         string      `json:"kind"`
	Snapshot     *string     `json:"snapshot"`
	Origin       *jsonOrigin `json:"origin"`
	Date         *string     `json:"date"`
	DateNote     string      `json:"date_note"`
	Agency       string      `json:"agency"`
	PIID         string      `json:"piid"`
	AwardID      string      `json:"award_id"`
	Link         string      `json:"link"`
	Vendor       string      `json:"vendor"`
	Description  string      `json:"description"`
	Status       string      `json:"status"`
	Value        *string     `json:"value"`
	ValueCents   *int64      `json:"value_cents"`
	Savings      *string     `json:"savings"`
	SavingsCents *int64      `json:"savings_cents"`
	Location     string      `json:"location"`
	City         string      `json:"city"`
	State        string      `json:"state"`
	SqFt         int64       `json:"sq_ft"`
}

type jsonVerdict struct {
	Status           string        `json:"status"`
	Claimed          string        `json:"claimed"`
	ClaimedCents     int64         `json:"claimed_cents"`
	Verifiable       string        `json:"verifiable"`
	VerifiableCents  int64         `json:"verifiable_cents"`
	Unsupported      string        `json:"unsupported"`
	UnsupportedCents int64         `json:"unsupported_cents"`
	AwardKey         string        `json:"award_key"`
	AwardOrigin      *jsonOrigin   `json:"award_origin"`
	LinkMethod       string        `json:"link_method"`
	LinkNote         string        `json:"link_note"`
	LinkScore        float64       `json:"link_score"`
	Findings         []jsonFinding `json:"findings"`
}

type jsonFinding struct {
	Class       string         `json:"class"`
	Severity    string         `json:"severity"`
	Amount      string         `json:"amount"`
	AmountCents int64          `json:"amount_cents"`
	Sentence    string         `json:"sentence"`
	Evidence    []jsonEvidence `json:"evidence"`
}

type jsonEvidence struct {
	Field  string      `json:"field"`
	Value  string      `json:"value"`
	Origin *jsonOrigin `json:"origin"`
	Note   string      `json:"note"`
}

type jsonAward struct {
	Kind                  string      `json:"kind"`
	Key                   string      `json:"key"`
	AsOf                  *string     `json:"as_of"`
	Origin                *jsonOrigin `json:"origin"`
	PIID                  string      `json:"piid"`
	AgencyID              string      `json:"agency_id"`
	ModNumber             string      `json:"mod_number"`
	IDVPIID               string      `json:"idv_piid"`
	FAIN                  string      `json:"fain"`
	Recipient             string      `json:"recipient"`
	UEI                   string      `json:"uei"`
	CAGE                  string      `json:"cage"`
	ReasonForMod          string      `json:"reason_for_mod"`
	Description           string      `json:"description"`
	Signed                *string     `json:"signed"`
	Effective             *string     `json:"effective"`
	CurrentEnd            *string     `json:"current_end"`
	PotentialEnd          *string     `json:"potential_end"`
	Obligated             *string     `json:"obligated"`
	ObligatedCents        *int64      `json:"obligated_cents"`
	BaseExercised         *string     `json:"base_exercised"`
	BaseExercisedCents    *int64      `json:"base_exercised_cents"`
	Ceiling               *string     `json:"ceiling"`
	CeilingCents          *int64      `json:"ceiling_cents"`
	Outlayed              *string     `json:"outlayed"`
	OutlayedCents         *int64      `json:"outlayed_cents"`
	ActionObligation      *string     `json:"action_obligation"`
	ActionObligationCents *int64      `json:"action_obligation_cents"`
	Unobligated           *string     `json:"unobligated"`
	UnobligatedCents      *int64      `json:"unobligated_cents"`
	Unspent               *string     `json:"unspent"`
	UnspentCents          *int64      `json:"unspent_cents"`
}

type jsonRow struct {
	Source string   `json:"source"`
	Line   int64    `json:"line"`
	Role   string   `json:"role"`
	Header []string `json:"header"`
	Fields []string `json:"fields"`
}

type jsonSource struct {
	ID          int64   `json:"id"`
	Name        string  `json:"name"`
	SHA256      string  `json:"sha256"`
	Format      string  `json:"format"`
	Snapshot    *string `json:"snapshot"`
	Bytes       int64   `json:"bytes"`
	Read        int64   `json:"read"`
	Loaded      int64   `json:"loaded"`
	Quarantined int64   `json:"quarantined"`
	IngestedAt  *string `json:"ingested_at"`
}

type jsonDiff struct {
	From               jsonSnapshot `json:"from"`
	To                 jsonSnapshot `json:"to"`
	Added              int          `json:"added"`
	Removed            int          `json:"removed"`
	Changed            int          `json:"changed"`
	Unchanged          int          `json:"unchanged"`
	ClaimedFrom        string       `json:"claimed_from"`
	ClaimedFromCents   int64        `json:"claimed_from_cents"`
	ClaimedTo          string       `json:"claimed_to"`
	ClaimedToCents     int64        `json:"claimed_to_cents"`
	AddedAmount        string       `json:"added_amount"`
	AddedAmountCents   int64        `json:"added_amount_cents"`
	RemovedAmount      string       `json:"removed_amount"`
	RemovedAmountCents int64        `json:"removed_amount_cents"`
	ChangedDelta       string       `json:"changed_delta"`
	ChangedDeltaCents  int64        `json:"changed_delta_cents"`
	Changes            []jsonChange `json:"changes"`
}

type jsonChange struct {
	Key        string     `json:"key"`
	Kind       string     `json:"kind"`
	Type       string     `json:"type"`
	Before     *jsonClaim `json:"before"`
	After      *jsonClaim `json:"after"`
	Delta      string     `json:"delta"`
	DeltaCents int64      `json:"delta_cents"`
	Fields     []string   `json:"fields"`
}

// toJSON converts r to its JSON form; items are left out unless
// withItems is set.
func toJSON(r *Report, withItems bool) *jsonReport {
	ix := newIndex(r)
	s := &r.Summary
	c := &s.Statuses
	out := &jsonReport{
		Schema:      JSONSchema,
		Title:       r.title(),
		GeneratedAt: jsonTime(r.GeneratedAt),
		Order:       string(r.Order),
		Summary: jsonSummary{
			Snapshots:        jsonSnapshots(s.Snapshots),
			Claims:           s.Claims,
			Claimed:          s.Claimed.Dollars(),
			ClaimedCents:     s.Claimed.Cents(),
			Verifiable:       s.Verifiable.Dollars(),
			VerifiableCents:  s.Verifiable.Cents(),
			Unsupported:      (s.Claimed - s.Verifiable).Dollars(),
			UnsupportedCents: (s.Claimed - s.Verifiable).Cents(),
			Statuses: jsonStatuses{Supported: c.Supported, Partial: c.Partial, Unsupported: c.Unsupported,
				Unverifiable: c.NoEvidence, WithFindings: c.WithFindings},
			ByKind:   jsonTotals(s.ByKind),
			ByClass:  jsonTotals(sortedClassTotals(s.ByClass)),
			ByAgency: jsonTotals(sortedAgencyTotals(s.ByAgency)),
		},
		Items:   []jsonItem{},
		Sources: make([]jsonSource, len(r.Sources)),
		Diffs:   make([]jsonDiff, len(r.Diffs)),
	}
	if withItems {
		for i := range r.Items {
			out.Items = append(out.Items, jsonItemOf(ix, &r.Items[i]))
		}
	}
	for i, src := range r.Sources {
		out.Sources[i] = jsonSource{ID: src.ID, Name: src.Name, SHA256: src.SHA256, Format: src.Format,
			Snapshot: jsonDate(src.Snapshot), Bytes: src.Bytes, Read: src.Read, Loaded: src.Loaded,
			Quarantined: src.Quarantined, IngestedAt: jsonTime(src.IngestedAt)}
	}
	for i := range r.Diffs {
		out.Diffs[i] = jsonDiffOf(ix, &r.Diffs[i])
	}
	return out
}

func jsonItemOf(ix *index, it *Item) jsonItem {
	v := &it.Verdict
	j := jsonItem{
		Claim: jsonClaimOf(ix, &it.Claim),
		Verdict: jsonVerdict{
			Status:           string(v.Status),
			Claimed:          v.Claimed.Dollars(),
			ClaimedCents:     v.Claimed.Cents(),
			Verifiable:       v.Verifiable.Dollars(),
			VerifiableCents:  v.Verifiable.Cents(),
			Unsupported:      it.Unsupported().Dollars(),
			UnsupportedCents: it.Unsupported().Cents(),
			AwardKey:         v.AwardKey,
			AwardOrigin:      jsonOriginOf(ix, v.AwardOrigin),
			LinkMethod:       string(v.Link),
			LinkNote:         v.LinkNote,
			LinkScore:        v.LinkScore,
			Findings:         make([]jsonFinding, len(v.Findings)),
		},
		Rows: make([]jsonRow, len(it.Rows)),
	}
	for i, f := range v.Findings {
		jf := jsonFinding{Class: string(f.Class), Severity: string(f.Severity), Amount: f.Amount.Dollars(),
			AmountCents: f.Amount.Cents(), Sentence: f.Sentence, Evidence: make([]jsonEvidence, len(f.Evidence))}
		for k, e := range f.Evidence {
			jf.Evidence[k] = jsonEvidence{Field: e.Field, Value: e.Value, Origin: jsonOriginOf(ix, e.Origin), Note: e.Note}
		}
		j.Verdict.Findings[i] = jf
	}
	if a := it.Award; a != nil {
		ja := &jsonAward{Kind: string(a.Kind), Key: a.Key, AsOf: jsonDate(a.AsOf), Origin: jsonOriginOf(ix, a.Origin),
			PIID: a.PIID, AgencyID: a.AgencyID, ModNumber: a.ModNumber, IDVPIID: a.IDVPIID, FAIN: a.FAIN,
			Recipient: a.Recipient, UEI: a.UEI, CAGE: a.CAGE, ReasonForMod: a.ReasonForMod, Description: a.Description,
			Signed: jsonDate(a.Signed), Effective: jsonDate(a.Effective), CurrentEnd: jsonDate(a.CurrentEnd),
			PotentialEnd: jsonDate(a.PotentialEnd)}
		ja.Obligated, ja.ObligatedCents = jsonMoney(a.Obligated)
		ja.BaseExercised, ja.BaseExercisedCents = jsonMoney(a.BaseExercised)
		ja.Ceiling, ja.CeilingCents = jsonMoney(a.Ceiling)
		ja.Outlayed, ja.OutlayedCents = jsonMoney(a.Outlayed)
		ja.ActionObligation, ja.ActionObligationCents = jsonMoney(a.ActionObligation)
		if m, ok := a.Unobligated(); ok {
			ja.Unobligated, ja.UnobligatedCents = jsonMoney(spend.Known(m))
		}
		if m, ok := a.Unspent(); ok {
			ja.Unspent, ja.UnspentCents = jsonMoney(spend.Known(m))
		}
		j.Award = ja
	}
	for i, row := range it.Rows {
		j.Rows[i] = jsonRow{Source: row.Source, Line: row.Line, Role: row.Role,
			Header: nonNil(row.Header), Fields: nonNil(row.Fields)}
	}
	return j
}

func jsonClaimOf(ix *index, c *spend.Claim) jsonClaim {
	j := jsonClaim{ID: c.ID, Kind: string(c.Kind), Snapshot: jsonDate(c.Snapshot), Origin: jsonOriginOf(ix, c.Origin),
		Date: jsonDate(c.Date), DateNote: c.DateNote, Agency: c.Agency, PIID: c.PIID, AwardID: c.AwardID,
		Link: c.Link, Vendor: c.Vendor, Description: c.Description, Status: c.Status,
		Location: c.Location, City: c.City, State: c.State, SqFt: c.SqFt}
	j.Value, j.ValueCents = jsonMoney(c.Value)
	j.Savings, j.SavingsCents = jsonMoney(c.Savings)
	return j
}

func jsonDiffOf(ix *index, d *spend.Diff) jsonDiff {
	j := jsonDiff{
		From: jsonSnapshotOf(d.From), To: jsonSnapshotOf(d.To),
		Added: d.Added, Removed: d.Removed, Changed: d.Changed, Unchanged: d.Unchanged,
		ClaimedFrom: d.ClaimedFrom.Dollars(), ClaimedFromCents: d.ClaimedFrom.Cents(),
		ClaimedTo: d.ClaimedTo.Dollars(), ClaimedToCents: d.ClaimedTo.Cents(),
		AddedAmount: d.AddedAmount.Dollars(), AddedAmountCents: d.AddedAmount.Cents(),
		RemovedAmount: d.RemovedAmount.Dollars(), RemovedAmountCents: d.RemovedAmount.Cents(),
		ChangedDelta: d.ChangedDelta.Dollars(), ChangedDeltaCents: d.ChangedDelta.Cents(),
		Changes: make([]jsonChange, len(d.Changes)),
	}
	for i, c := range d.Changes {
		jc := jsonChange{Key: c.Key, Kind: string(c.Kind), Type: string(c.Type), Delta: c.Delta.Dollars(),
			DeltaCents: c.Delta.Cents(), Fields: nonNil(c.Fields)}
		if c.Before != nil {
			b := jsonClaimOf(ix, c.Before)
			jc.Before = &b
		}
		if c.After != nil {
			a := jsonClaimOf(ix, c.After)
			jc.After = &a
		}
		j.Changes[i] = jc
	}
	return j
}

func jsonSnapshots(refs []spend.SnapshotRef) []jsonSnapshot {
	out := make([]jsonSnapshot, len(refs))
	for i, s := range refs {
		out[i] = jsonSnapshotOf(s)
	}
	return out
}

func jsonSnapshotOf(s spend.SnapshotRef) jsonSnapshot {
	return jsonSnapshot{Kind: string(s.Kind), Snapshot: jsonDate(s.Snapshot), SourceID: s.SourceID}
}

func jsonTotals(ts []spend.Total) []jsonTotal {
	out := make([]jsonTotal, len(ts))
	for i, t := range ts {
		out[i] = jsonTotal{Key: t.Key, Count: t.Count, Claimed: t.Claimed.Dollars(), ClaimedCents: t.Claimed.Cents(),
			Verifiable: t.Verifiable.Dollars(), VerifiableCents: t.Verifiable.Cents(),
			Amount: t.Amount.Dollars(), AmountCents: t.Amount.Cents()}
	}
	return out
}

func jsonOriginOf(ix *index, o spend.Origin) *jsonOrigin {
	if o == (spend.Origin{}) {
		return nil
	}
	return &jsonOrigin{SourceID: o.SourceID, Source: ix.sourceName(o.SourceID), Record: o.Record, Line: o.Line}
}

func jsonDate(d spend.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

func jsonTime(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}

func jsonMoney(n spend.NullMoney) (*string, *int64) {
	if !n.Valid {
		return nil, nil
	}
	s, c := n.Money.Dollars(), n.Money.Cents()
	return &s, &c
}

// nonNil makes an empty list encode as [] rather than null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
