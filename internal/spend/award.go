package spend

// Award is an award record as a system of record (FPDS for contracts,
// USAspending for grants) reported it on a given day.
type Award struct {
	Kind   Kind
	Key    string // canonical key: PIID for contracts, the unique award id for grants
	AsOf   Date   // when the record was read from its system
	Origin Origin

	PIID         string
	AgencyID     string // awarding agency code (FPDS agencyID)
	ModNumber    string // the modification the record describes
	IDVPIID      string // parent indefinite-delivery vehicle, if any
	FAIN         string // grants: federal award identification number
	Recipient    string
	UEI          string
	CAGE         string
	ReasonForMod string // FPDS reason for modification of this action
	Description  string

	Signed       Date
	Effective    Date
	CurrentEnd   Date // current completion date (FPDS date_complete; period of performance end)
	PotentialEnd Date // ultimate completion date if all options are exercised

	Obligated        NullMoney // total dollars obligated to date
	BaseExercised    NullMoney // base and exercised options value
	Ceiling          NullMoney // base and all options: the most the award could ever cost
	Outlayed         NullMoney // grants: total outlays to date
	ActionObligation NullMoney // dollars obligated by this one action (negative for deobligations)
}

// Unobligated returns the part of the ceiling not yet obligated, and
// whether both figures are known. It is never negative.
func (a Award) Unobligated() (Money, bool) {
	if !a.Ceiling.Valid || !a.Obligated.Valid {
		return 0, false
	}
	if a.Obligated.Money >= a.Ceiling.Money {
		return 0, true
	}
	return a.Ceiling.Money - a.Obligated.Money, true
}

// Unspent returns obligated minus outlayed, and whether both are known.
// It is never negative.
func (a Award) Unspent() (Money, bool) {
	if !a.Obligated.Valid || !a.Outlayed.Valid {
		return 0, false
	}
	if a.Outlayed.Money >= a.Obligated.Money {
		return 0, true
	}
	return a.Obligated.Money - a.Outlayed.Money, true
}
