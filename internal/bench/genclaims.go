package bench

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
)

var agencies = []string{
	"Department of Defense", "General Services Administration", "Department of Health and Human Services",
	"Office of Personnel Management", "Department of State", "Department of Education", "Department of Agriculture",
	"Department of Homeland Security", "Department of Veterans Affairs", "Department of the Interior",
}

var statuses = []string{"TERMINATED", "TERMINATE FOR CONVENIENCE (COMPLETE OR PARTIAL)", "CLOSE OUT", "FUNDING ONLY ACTION", "OTHER ADMINISTRATIVE ACTION"}

// piid returns the PIID of award i: unique, in the uniform PIID shape.
func piid(i int) string { return fmt.Sprintf("%04dAB%02dF%07d", 1000+i%9000, 18+i%8, i) }

// award is one generated award's figures, in cents.
type award struct {
	ceiling, obligated int64
	start, end         [3]int // y, m, d
}

func genAward(r *rand.Rand, i int) award {
	ceiling := int64(r.IntN(50_000_000)+1_000) * 100
	obligated := ceiling * int64(r.IntN(101)) / 100
	y := 2018 + r.IntN(7)
	a := award{ceiling: ceiling, obligated: obligated, start: [3]int{y, 1 + r.IntN(12), 1 + r.IntN(28)}}
	a.end = [3]int{y + 1 + r.IntN(5), 1 + r.IntN(12), 1 + r.IntN(28)}
	return a
}

// WriteAwards writes n USAspending contract award rows (the columns of
// USAspending's contract downloads that probity reads), seeded.
func WriteAwards(w io.Writer, n int, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, 1))
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprintln(bw, "award_id_piid,modification_number,parent_award_id_piid,awarding_sub_agency_code,recipient_name,recipient_uei,action_date,period_of_performance_start_date,period_of_performance_current_end_date,period_of_performance_potential_end_date,federal_action_obligation,total_dollars_obligated,base_and_exercised_options_value,potential_total_value_of_award,total_outlayed_amount_for_overall_award,action_type_description,transaction_description")
	for i := 0; i < n; i++ {
		a := genAward(r, i)
		fmt.Fprintf(bw, "%s,P%05d,GS%02dF%04dX,%d,\"VENDOR %d, LLC\",U%011d,%04d-%02d-%02d,%04d-%02d-%02d,%04d-%02d-%02d,%04d-%02d-%02d,%s,%s,%s,%s,%s,%s,\"Support services, task %d\"\n",
			piid(i), r.IntN(20), r.IntN(99), r.IntN(9999), 4700+r.IntN(300), i, i,
			2025, 1+r.IntN(3), 1+r.IntN(28),
			a.start[0], a.start[1], a.start[2], a.end[0], a.end[1], a.end[2], a.end[0]+1, a.end[1], a.end[2],
			dollars(-int64(r.IntN(100000))*100), dollars(a.obligated), dollars(a.obligated), dollars(a.ceiling),
			dollars(a.obligated*int64(r.IntN(101))/100), statuses[r.IntN(len(statuses))], i)
	}
	return bw.Flush()
}

// WriteClaims writes n DOGE API contract claims (/savings/contracts as
// CSV), seeded with the same seed as WriteAwards so that claims refer to
// the generated awards: most by PIID, a few with amounts in a thousand
// times too large, some duplicated, some for awards that do not exist.
func WriteClaims(w io.Writer, n, awards int, seed uint64) error {
	ra := rand.New(rand.NewPCG(seed, 1))
	figures := make([]award, awards)
	for i := range figures {
		figures[i] = genAward(ra, i)
		// Keep the award stream aligned with WriteAwards.
		for k := 0; k < 9; k++ {
			ra.IntN(100000)
		}
	}
	r := rand.New(rand.NewPCG(seed, 2))
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprintln(bw, "piid,agency,vendor,value,description,fpds_status,fpds_link,deleted_date,savings")
	for i := 0; i < n; i++ {
		k := r.IntN(awards + awards/20) // 1 in 21 names no generated award
		p := piid(k)
		var ceiling, saving int64
		if k < awards {
			f := figures[k]
			ceiling = f.ceiling
			switch x := r.IntN(100); {
			case x < 60:
				saving = f.ceiling - f.obligated
			case x < 80:
				saving = f.ceiling
			case x < 81:
				saving = f.ceiling * 1000
			default:
				saving = (f.ceiling - f.obligated) * int64(r.IntN(100)) / 100
			}
		} else {
			ceiling = int64(r.IntN(10_000_000)) * 100
			saving = ceiling / 2
		}
		fmt.Fprintf(bw, "%s,%s,\"VENDOR %d, LLC\",%s,\"Support services, task %d\",%s,https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=4732&PIID=%s&modNumber=P00005&idvAgencyID=&idvPIID=GS10F0083V&contractType=AWARD,%d/%d/2025,%s\n",
			p, agencies[r.IntN(len(agencies))], k, dollars(ceiling), k, statuses[r.IntN(len(statuses))], p,
			1+r.IntN(4), 1+r.IntN(28), dollars(saving))
	}
	return bw.Flush()
}

func dollars(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}
