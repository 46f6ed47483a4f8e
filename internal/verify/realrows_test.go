package verify

import (
	"time"

	"github.com/probity-dev/probity/internal/spend"
)

// Real rows of the DOGE receipts in ../shared/doge-data/m-nolan,
// transcribed by hand into the values the ingest produces (see
// testdata/known_answers.md for the column mapping and the expected
// verdicts worked out by hand). Source ids: 1 contracts_2025-02-18.csv,
// 2 contracts_2025-02-20_fpds.csv, 3 contracts_2025-03-11_fpds.csv,
// 4 contracts_2025-04-04_fpds.csv, 5 grants_2025-03-30_usaspending.csv,
// 6 leases_2025-02-18.csv. Record is the data record number, Line the
// file line where the record starts (some files have multi-line records).

func day(y int, m time.Month, d int) spend.Date { return spend.NewDate(y, m, d) }

func known(cents int64) spend.NullMoney { return spend.Known(spend.Money(cents)) }

// realClaims returns the transcribed claims, with IDs 1..n in this order.
func realClaims() []spend.Claim {
	cs := []spend.Claim{
		// contracts_2025-02-18.csv line 479
		{Kind: spend.Contract, Snapshot: day(2025, 2, 18), Origin: spend.Origin{SourceID: 1, Record: 478, Line: 479},
			Date: day(2025, 1, 28), PIID: "70CMSD22A00000008", Agency: "Department of Homeland Security", Value: known(800000000000), Savings: known(800000000000), Status: "TERMINATE FOR CONVENIENCE (COMPLETE OR PARTIAL)", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=P00003&idvAgencyID=&idvPIID=GS00F131DA&contractType=IDV", Vendor: "D&G SUPPORT SERVICES LLC"},
		// contracts_2025-02-20_fpds.csv line 479
		{Kind: spend.Contract, Snapshot: day(2025, 2, 20), Origin: spend.Origin{SourceID: 2, Record: 478, Line: 479},
			Date: day(2025, 1, 28), PIID: "70CMSD22A00000008", Agency: "Department of Homeland Security", Value: known(800000000), Savings: known(800000000), Status: "TERMINATE FOR CONVENIENCE (COMPLETE OR PARTIAL)", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=0&transactionNumber=&idvAgencyID=4732&idvPIID=GS00F131DA&actionSource=searchScreen&actionCode=&documentVersion=1.5&contractType=IDV&docType=E%27", Vendor: "D&G SUPPORT SERVICES LLC"},
		// contracts_2025-02-20_fpds.csv line 1131
		{Kind: spend.Contract, Snapshot: day(2025, 2, 20), Origin: spend.Origin{SourceID: 2, Record: 1128, Line: 1131},
			Date: day(2025, 1, 28), PIID: "70CMSD22A00000008", Agency: "Department of Homeland Security", Value: known(800000000), Savings: known(800000000), Status: "TERMINATE FOR CONVENIENCE (COMPLETE OR PARTIAL)", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=0&transactionNumber=&idvAgencyID=4732&idvPIID=GS00F131DA&actionSource=searchScreen&actionCode=&documentVersion=1.5&contractType=IDV&docType=E%27", Vendor: "D&G SUPPORT SERVICES LLC"},
		// contracts_2025-02-20_fpds.csv line 1134
		{Kind: spend.Contract, Snapshot: day(2025, 2, 20), Origin: spend.Origin{SourceID: 2, Record: 1131, Line: 1134},
			Date: day(2025, 1, 28), PIID: "70CMSD22A00000008", Agency: "Department of Homeland Security", Value: known(800000000), Savings: known(800000000), Status: "TERMINATE FOR CONVENIENCE (COMPLETE OR PARTIAL)", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=P00003&transactionNumber=&idvAgencyID=4732&idvPIID=GS00F131DA&actionSource=searchScreen&actionCode=&documentVersion=1.5&contractType=IDV&docType=E%27", Vendor: "D&G SUPPORT SERVICES LLC"},
		// contracts_2025-03-11_fpds.csv line 1315
		{Kind: spend.Contract, Snapshot: day(2025, 3, 11), Origin: spend.Origin{SourceID: 3, Record: 1314, Line: 1315},
			Date: day(2025, 1, 28), Agency: "DEPARTMENT OF HOMELAND SECURITY", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=P00003&idvAgencyID=&idvPIID=GS00F131DA&contractType=IDV", Savings: known(800000000)},
		// contracts_2025-04-04_fpds.csv line 6682
		{Kind: spend.Contract, Snapshot: day(2025, 4, 4), Origin: spend.Origin{SourceID: 4, Record: 6561, Line: 6682},
			Date: day(2025, 1, 28), PIID: "70CMSD22A00000008", Agency: "Department of Homeland Security", Vendor: "D&G SUPPORT SERVICES, LLC", Value: known(800000000), Savings: known(0), Status: "TERMINATED", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD22A00000008&modNumber=P00003&idvAgencyID=&idvPIID=GS00F131DA&contractType=IDV"},
		// contracts_2025-02-18.csv line 507
		{Kind: spend.Contract, Snapshot: day(2025, 2, 18), Origin: spend.Origin{SourceID: 1, Record: 506, Line: 507},
			Date: day(2025, 2, 4), PIID: "70CMSD23FC0000003", Agency: "Department of Homeland Security", Value: known(162737700), Savings: known(0), Status: "CLOSE OUT", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD23FC0000003&modNumber=P00002&idvAgencyID=&idvPIID=70CMSD22A00000008&contractType=AWARD", Vendor: "D&G SUPPORT SERVICES LLC"},
		// contracts_2025-02-20_fpds.csv line 507
		{Kind: spend.Contract, Snapshot: day(2025, 2, 20), Origin: spend.Origin{SourceID: 2, Record: 506, Line: 507},
			Date: day(2025, 2, 4), PIID: "70CMSD23FC0000003", Agency: "Department of Homeland Security", Value: known(162737700), Savings: known(0), Status: "CLOSE OUT", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7012&PIID=70CMSD23FC0000003&modNumber=P00002&idvAgencyID=&idvPIID=70CMSD22A00000008&contractType=AWARD", Vendor: "D&G SUPPORT SERVICES LLC"},
		// contracts_2025-04-04_fpds.csv line 2
		{Kind: spend.Contract, Snapshot: day(2025, 4, 4), Origin: spend.Origin{SourceID: 4, Record: 1, Line: 2},
			Date: day(2025, 3, 28), PIID: "24322623F0084", Agency: "Office of Personnel Management", Vendor: "JTF BUSINESS SYSTEMS CORPORATION", Value: known(41040000), Savings: known(26832000), Status: "SUPPLEMENTAL AGREEMENT FOR WORK WITHIN SCOPE", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=2400&PIID=24322623F0084&modNumber=P00001&idvAgencyID=&idvPIID=GS03F0182V&contractType=AWARD"},
		// contracts_2025-03-11_fpds.csv line 2
		{Kind: spend.Contract, Snapshot: day(2025, 3, 11), Origin: spend.Origin{SourceID: 3, Record: 1, Line: 2},
			Date: day(2025, 2, 13), Agency: "BUREAU OF LAND MANAGEMENT", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=9300&PIID=93310023P0021&modNumber=A00002&idvAgencyID=&idvPIID=&contractType=AWARD", Savings: known(44000000)},
		// contracts_2025-03-11_fpds.csv line 124
		{Kind: spend.Contract, Snapshot: day(2025, 3, 11), Origin: spend.Origin{SourceID: 3, Record: 123, Line: 124},
			Date: day(2025, 2, 14), Agency: "CONSUMER FINANCIAL PROTECTION BUREAU", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=955F&PIID=9531CB23F0067&modNumber=A00001&idvAgencyID=&idvPIID=9531CB22A0018&contractType=AWARD", Savings: known(901166400)},
		// contracts_2025-02-18.csv line 415
		{Kind: spend.Contract, Snapshot: day(2025, 2, 18), Origin: spend.Origin{SourceID: 1, Record: 414, Line: 415},
			Date: day(2024, 9, 30), PIID: "75P00124C00048", Agency: "Department of Health and Human Services", Value: known(191429000), Savings: known(0), Status: "BLANK REASON FOR MODIFICATION IN FPDS", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7570&PIID=75P00124C00048&modNumber=0&idvAgencyID=&idvPIID=&contractType=AWARD", Vendor: "PARTNERSHIP FOR INCLUSIVE DISASTER STRATEGIES THE"},
		// contracts_2025-03-11_fpds.csv line 1053
		{Kind: spend.Contract, Snapshot: day(2025, 3, 11), Origin: spend.Origin{SourceID: 3, Record: 1052, Line: 1053},
			Date: day(2025, 2, 26), Agency: "DEPARTMENT OF HEALTH AND HUMAN SERVICES", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7570&PIID=75P00124C00048&modNumber=P00001&idvAgencyID=&idvPIID=&contractType=AWARD", Savings: known(537400)},
		// contracts_2025-02-20_fpds.csv line 1132
		{Kind: spend.Contract, Snapshot: day(2025, 2, 20), Origin: spend.Origin{SourceID: 2, Record: 1129, Line: 1132},
			Date: day(2025, 2, 6), PIID: "7200AA20D00019", Agency: "US Agency for International Development", Value: known(65500000000), Savings: known(65499000000), Status: "OTHER ADMINISTRATIVE ACTION", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7200&PIID=7200AA20D00019&modNumber=P00007&idvAgencyID=&idvPIID=&contractType=IDV", Vendor: "ME&A, INC."},
		// contracts_2025-02-20_fpds.csv line 1133
		{Kind: spend.Contract, Snapshot: day(2025, 2, 20), Origin: spend.Origin{SourceID: 2, Record: 1130, Line: 1133},
			Date: day(2025, 2, 6), PIID: "7200AA20D00023", Agency: "US Agency for International Development", Value: known(65500000000), Savings: known(65499000000), Status: "OTHER ADMINISTRATIVE ACTION", Link: "https://www.fpds.gov/ezsearch/jsp/viewLinkController.jsp?agencyID=7200&PIID=7200AA20D00023&modNumber=P00004&idvAgencyID=&idvPIID=&contractType=IDV", Vendor: "SOCHA, LLC"},
		// grants_2025-03-30_usaspending.csv line 13
		{Kind: spend.Grant, Snapshot: day(2025, 3, 30), Origin: spend.Origin{SourceID: 5, Record: 12, Line: 13},
			Date: day(2025, 3, 23), Agency: "Department of Defense", Vendor: "UNIVERSITY OF MONTANA", Value: known(599999800), Savings: known(316666600), Link: "https://usaspending.gov/award/ASST_NON_HQ00342310011_97F5"},
		// grants_2025-03-30_usaspending.csv line 2
		{Kind: spend.Grant, Snapshot: day(2025, 3, 30), Origin: spend.Origin{SourceID: 5, Record: 1, Line: 2},
			Date: day(2025, 3, 23), Agency: "Department of Defense", Vendor: "PURDUE UNIVERSITY", Value: known(278858300), Savings: known(24801000), Link: "https://usaspending.gov/award/ASST_NON_HQ00342110014_97F5"},
		// grants_2025-03-30_usaspending.csv line 18
		{Kind: spend.Grant, Snapshot: day(2025, 3, 30), Origin: spend.Origin{SourceID: 5, Record: 17, Line: 18},
			Date: day(2025, 3, 23), Agency: "Department of Defense", Vendor: "University of California, San Diego", Value: known(250000000), Savings: known(0), Link: "https://usaspending.gov/award/ASST_NON_HDTRA12110010_9761"},
		// grants_2025-03-30_usaspending.csv line 22
		{Kind: spend.Grant, Snapshot: day(2025, 3, 30), Origin: spend.Origin{SourceID: 5, Record: 21, Line: 22},
			Date: day(2025, 3, 23), Agency: "Department of Defense", Vendor: "Stanford University", Value: known(300000000), Savings: known(183718900), Link: "https://usaspending.gov/award/ASST_NON_N000142412092_1700"},
		// grants_2025-03-30_usaspending.csv line 142
		{Kind: spend.Grant, Snapshot: day(2025, 3, 30), Origin: spend.Origin{SourceID: 5, Record: 141, Line: 142},
			Date: day(2025, 3, 23), Agency: "Department of Health and Human Services", Vendor: "WI ST DEPARTMENT OF HEALTH & SOCIAL SERVICES", Value: known(84763100), Savings: known(66422400)},
		// leases_2025-02-18.csv line 2
		{Kind: spend.Lease, Snapshot: day(2025, 2, 18), Origin: spend.Origin{SourceID: 6, Record: 1, Line: 2},
			Date: day(2025, 1, 22), Location: "Miami, FL", SqFt: 3076, Agency: "Department of State", City: "Miami", State: "FL", Value: known(11227800), Savings: known(738300)},
		// leases_2025-02-18.csv line 99
		{Kind: spend.Lease, Snapshot: day(2025, 2, 18), Origin: spend.Origin{SourceID: 6, Record: 98, Line: 99},
			Date: day(2025, 1, 22), Location: "Miami, FL", SqFt: 3076, Agency: "Department of State", City: "Miami", State: "FL", Value: known(11227800), Savings: known(738300)},
		// leases_2025-02-18.csv line 196
		{Kind: spend.Lease, Snapshot: day(2025, 2, 18), Origin: spend.Origin{SourceID: 6, Record: 195, Line: 196},
			Date: day(2025, 1, 22), Location: "Miami, FL", SqFt: 3076, Agency: "Department of State", City: "Miami", State: "FL", Value: known(11227800), Savings: known(738300)},
	}
	for i := range cs {
		cs[i].ID = int64(i + 1)
	}
	return cs
}

// realAwards returns the transcribed award records.
func realAwards() []spend.Award {
	return []spend.Award{
		// contracts_2025-02-20_fpds.csv line 479
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 2, Record: 478, Line: 479},
			Key: "70CMSD22A00000008", AsOf: day(2025, 2, 18), PIID: "70CMSD22A00000008", AgencyID: "7012", ModNumber: "0", IDVPIID: "GS00F131DA", Recipient: "D&G SUPPORT SERVICES, LLC", Signed: day(2022, 9, 26), Effective: day(2022, 9, 30), ActionObligation: known(0)},
		// contracts_2025-02-20_fpds.csv line 1131
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 2, Record: 1128, Line: 1131},
			Key: "70CMSD22A00000008", AsOf: day(2025, 2, 20), PIID: "70CMSD22A00000008", AgencyID: "7012", ModNumber: "0", IDVPIID: "GS00F131DA", Recipient: "D&G SUPPORT SERVICES, LLC", Signed: day(2022, 9, 26), Effective: day(2022, 9, 30), ActionObligation: known(0)},
		// contracts_2025-02-20_fpds.csv line 1134
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 2, Record: 1131, Line: 1134},
			Key: "70CMSD22A00000008", AsOf: day(2025, 2, 20), PIID: "70CMSD22A00000008", AgencyID: "7012", ModNumber: "P00003", IDVPIID: "GS00F131DA", Recipient: "D&G SUPPORT SERVICES, LLC", Signed: day(2025, 1, 30), Effective: day(2022, 9, 30), Obligated: known(0), Ceiling: known(800000000), ActionObligation: known(0)},
		// contracts_2025-03-11_fpds.csv line 1315
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 3, Record: 1314, Line: 1315},
			Key: "70CMSD22A00000008", AsOf: day(2025, 3, 11), PIID: "70CMSD22A00000008", AgencyID: "7012", ModNumber: "P00003", IDVPIID: "GS00F131DA", Recipient: "D&G SUPPORT SERVICES, LLC", Signed: day(2025, 1, 30), Effective: day(2022, 9, 30), Obligated: known(0), Ceiling: known(800000000), ActionObligation: known(0)},
		// contracts_2025-04-04_fpds.csv line 6682
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 4, Record: 6561, Line: 6682},
			Key: "70CMSD22A00000008", AsOf: day(2025, 4, 4), PIID: "70CMSD22A00000008", AgencyID: "7012", ModNumber: "P00003", IDVPIID: "GS00F131DA", Recipient: "D&G SUPPORT SERVICES, LLC", Signed: day(2025, 1, 30), Effective: day(2022, 9, 30), Obligated: known(0), Ceiling: known(800000000), ActionObligation: known(0)},
		// contracts_2025-02-20_fpds.csv line 507
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 2, Record: 506, Line: 507},
			Key: "70CMSD23FC0000003", AsOf: day(2025, 2, 18), PIID: "70CMSD23FC0000003", AgencyID: "7012", ModNumber: "P00002", IDVPIID: "70CMSD22A00000008", Recipient: "D&G SUPPORT SERVICES, LLC", Signed: day(2025, 2, 4), Effective: day(2022, 9, 30), CurrentEnd: day(2024, 3, 29), PotentialEnd: day(2024, 3, 29), Obligated: known(145785392), BaseExercised: known(145785392), Ceiling: known(145785392), ActionObligation: known(-16952368)},
		// contracts_2025-04-04_fpds.csv line 2
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 4, Record: 1, Line: 2},
			Key: "24322623F0084", AsOf: day(2025, 4, 4), PIID: "24322623F0084", AgencyID: "2400", ModNumber: "P00001", IDVPIID: "GS03F0182V", Recipient: "JTF BUSINESS SYSTEMS INC", Signed: day(2023, 6, 23), Effective: day(2023, 4, 26), CurrentEnd: day(2024, 4, 25), PotentialEnd: day(2028, 4, 25), Obligated: known(14208000), BaseExercised: known(14208000), Ceiling: known(41040000), ActionObligation: known(0)},
		// contracts_2025-03-11_fpds.csv line 2
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 3, Record: 1, Line: 2},
			Key: "93310023P0021", AsOf: day(2025, 3, 11), PIID: "93310023P0021", AgencyID: "9300", ModNumber: "A00002", Recipient: "CORICHIA BRISCO ENTERPRISES LLC", Signed: day(2025, 1, 23), Effective: day(2023, 9, 18), CurrentEnd: day(2025, 1, 22), PotentialEnd: day(2025, 1, 22), Obligated: known(23751875), BaseExercised: known(23751875), Ceiling: known(38251875), ActionObligation: known(0)},
		// contracts_2025-03-11_fpds.csv line 124
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 3, Record: 123, Line: 124},
			Key: "9531CB23F0067", AsOf: day(2025, 3, 11), PIID: "9531CB23F0067", AgencyID: "955F", ModNumber: "A00001", IDVPIID: "9531CB22A0018", Recipient: "DIACONIA LLC", Signed: day(2024, 7, 12), Effective: day(2023, 5, 31), CurrentEnd: day(2025, 5, 30), PotentialEnd: day(2026, 11, 30), Obligated: known(454464000), BaseExercised: known(454464000), Ceiling: known(901166400), ActionObligation: known(0)},
		// contracts_2025-02-20_fpds.csv line 415
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 2, Record: 414, Line: 415},
			Key: "75P00124C00048", AsOf: day(2025, 2, 18), PIID: "75P00124C00048", AgencyID: "7570", ModNumber: "0", Recipient: "PARTNERSHIP FOR INCLUSIVE DISASTER STRATEGIES THE", Signed: day(2024, 9, 30), Effective: day(2024, 9, 30), CurrentEnd: day(2025, 9, 29), PotentialEnd: day(2025, 9, 29), ActionObligation: known(191429035)},
		// contracts_2025-03-11_fpds.csv line 1053
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 3, Record: 1052, Line: 1053},
			Key: "75P00124C00048", AsOf: day(2025, 3, 11), PIID: "75P00124C00048", AgencyID: "7570", ModNumber: "P00001", Recipient: "PARTNERSHIP FOR INCLUSIVE DISASTER STRATEGIES THE", Signed: day(2025, 1, 30), Effective: day(2024, 9, 30), CurrentEnd: day(2024, 10, 17), PotentialEnd: day(2025, 9, 29), Obligated: known(537429), BaseExercised: known(537429), Ceiling: known(537429), ActionObligation: known(-190891606)},
		// contracts_2025-02-20_fpds.csv line 1132
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 2, Record: 1129, Line: 1132},
			Key: "7200AA20D00019", AsOf: day(2025, 2, 20), PIID: "7200AA20D00019", AgencyID: "7200", ModNumber: "P00007", Recipient: "ME&A, INC.", Signed: day(2024, 10, 28), Effective: day(2020, 7, 30), Obligated: known(1000000), Ceiling: known(65500000000), ActionObligation: known(0)},
		// contracts_2025-02-20_fpds.csv line 1133
		{Kind: spend.Contract, Origin: spend.Origin{SourceID: 2, Record: 1130, Line: 1133},
			Key: "7200AA20D00023", AsOf: day(2025, 2, 20), PIID: "7200AA20D00023", AgencyID: "7200", ModNumber: "P00004", Recipient: "SOCHA LLC", Signed: day(2024, 10, 28), Effective: day(2020, 7, 30), Obligated: known(1000000), Ceiling: known(65500000000), ActionObligation: known(0)},
		// grants_2025-03-30_usaspending.csv line 13
		{Kind: spend.Grant, Origin: spend.Origin{SourceID: 5, Record: 12, Line: 13},
			Key: "ASST_NON_HQ00342310011_97F5", AsOf: day(2025, 3, 30), FAIN: "HQ00342310011", Recipient: "UNIVERSITY OF MONTANA", Signed: day(2023, 9, 20), Effective: day(2023, 9, 22), CurrentEnd: day(2026, 9, 21), Obligated: known(599999800), Outlayed: known(108162332)},
		// grants_2025-03-30_usaspending.csv line 2
		{Kind: spend.Grant, Origin: spend.Origin{SourceID: 5, Record: 1, Line: 2},
			Key: "ASST_NON_HQ00342110014_97F5", AsOf: day(2025, 3, 30), FAIN: "HQ00342110014", Recipient: "PURDUE UNIVERSITY", Signed: day(2021, 9, 2), Effective: day(2021, 9, 15), CurrentEnd: day(2025, 6, 14), Obligated: known(278858300)},
		// grants_2025-03-30_usaspending.csv line 18
		{Kind: spend.Grant, Origin: spend.Origin{SourceID: 5, Record: 17, Line: 18},
			Key: "ASST_NON_HDTRA12110010_9761", AsOf: day(2025, 3, 30), FAIN: "HDTRA12110010", Recipient: "UNIVERSITY OF CALIFORNIA, SAN DIEGO", Signed: day(2020, 12, 16), Effective: day(2020, 12, 16), CurrentEnd: day(2025, 12, 15), Obligated: known(250000000), Outlayed: known(74673143)},
	}
}
