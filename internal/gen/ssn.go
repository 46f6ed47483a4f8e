package gen

// Social Security numbers have the form AAA-GG-SSSS. The SSA never issues an
// area of 000, 666 or 900–999, a group of 00 or a serial of 0000; since
// randomisation (25 June 2011) any other combination may be issued
// (https://unanswered.io/guide/social-security-number-structure,
// https://payrollvault.com/hr-blog-resources/take-the-time-to-verify-social-security-numbers-during-tax-season-1539634136951.html).
// Numbers starting with 9 belong to the IRS: ITINs use groups 50–65, 70–88,
// 90–92 and 94–99, ATINs group 93 and IRS internal numbers (IRSN) groups
// 01–10, 17–19, 28–29 and 37–39
// (https://support.taxslayerpro.com/hc/en-us/articles/8250466982554-Valid-Range-for-ITINs).
//
// Synthetic SSNs (the default) therefore use area 900–999 with one of the 36
// remaining groups (11–16, 20–27, 30–36, 40–49, 66–69, 89): such a number can
// never belong to anyone, as an SSN, an ITIN, an ATIN or an IRSN, but it
// fails a strict SSN validity check. Realistic SSNs use area 001–899 except
// 666, group 01–99 and serial 0001–9999: they pass the SSA's rules and could
// therefore coincide with a real person's number.
var syntheticGroups = func() []int {
	var g []int
	for _, r := range [][2]int{{11, 16}, {20, 27}, {30, 36}, {40, 49}, {66, 69}, {89, 89}} {
		for x := r[0]; x <= r[1]; x++ {
			g = append(g, x)
		}
	}
	return g
}()

// ssnCapacity is the number of distinct SSNs of one style.
func ssnCapacity(realistic bool) uint64 {
	if realistic {
		return 898 * 99 * 9999
	}
	return 100 * uint64(len(syntheticGroups)) * 9999
}

// ssnDigits returns the i-th SSN of a style (i < ssnCapacity) as area,
// group and serial.
func ssnDigits(i uint64, realistic bool) (area, group, serial int) {
	serial = int(i%9999) + 1
	i /= 9999
	if realistic {
		group = int(i%99) + 1
		area = int(i/99) + 1 // 1…898
		if area >= 666 {
			area++ // skip 666: 1…665, 667…899
		}
		return area, group, serial
	}
	group = syntheticGroups[i%uint64(len(syntheticGroups))]
	area = 900 + int(i/uint64(len(syntheticGroups)))
	return area, group, serial
}

// formatSSN writes AAA-GG-SSSS.
func formatSSN(area, group, serial int) string {
	b := make([]byte, 0, 11)
	b = append(b, byte('0'+area/100), byte('0'+area/10%10), byte('0'+area%10), '-')
	b = append2(b, group)
	b = append(b, '-')
	b = append4(b, serial)
	return string(b)
}
