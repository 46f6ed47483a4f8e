WITH gammas AS (
  SELECT p.a, p.b,
    CASE WHEN l."given_name" IS NULL OR r."given_name" IS NULL THEN 0 WHEN l."given_name" = r."given_name" THEN 1 WHEN jaro_winkler_similarity(l."given_name", r."given_name") >= 0.92 THEN 2 WHEN jaro_winkler_similarity(l."given_name", r."given_name") >= 0.7 THEN 3 ELSE 4 END AS "gamma_given_name",
    l."given_name__tf" AS "given_name__tf_l", r."given_name__tf" AS "given_name__tf_r",
    CASE WHEN l."surname" IS NULL OR r."surname" IS NULL THEN 0 WHEN l."surname" = r."surname" THEN 1 WHEN jaro_winkler_similarity(l."surname", r."surname") >= 0.92 THEN 2 WHEN jaro_winkler_similarity(l."surname", r."surname") >= 0.88 THEN 3 WHEN jaro_winkler_similarity(l."surname", r."surname") >= 0.7 THEN 4 ELSE 5 END AS "gamma_surname",
    l."surname__tf" AS "surname__tf_l", r."surname__tf" AS "surname__tf_r",
    CASE WHEN l."dob" IS NULL OR r."dob" IS NULL THEN 0 WHEN l."dob" = r."dob" THEN 1 WHEN damerau_levenshtein(l."dob", r."dob") <= 1 THEN 2 WHEN abs(date_diff('day', l."dob__date", r."dob__date")) <= 365.25 THEN 3 ELSE 4 END AS "gamma_dob",
    CASE WHEN l."postcode" IS NULL OR r."postcode" IS NULL THEN 0 WHEN l."postcode" = r."postcode" THEN 1 ELSE 2 END AS "gamma_postcode"
  FROM pairs p JOIN l ON l.rid = p.a JOIN r ON r.rid = p.b
)
SELECT a, b, "gamma_given_name", "gamma_surname", "gamma_dob", "gamma_postcode",
  -12.287423811683523
  + CASE "gamma_given_name" WHEN 1 THEN 7.764871590736091 + 1 * (-7.965784284662087 - log2(greatest("given_name__tf_l", "given_name__tf_r", 0))) WHEN 2 THEN 4.906890595608519 WHEN 3 THEN -0.32192809488736246 WHEN 4 THEN -4.975752453753323 ELSE 0 END
  + CASE "gamma_surname" WHEN 1 THEN 8.146356530303908 + 1 * (-8.380821783940931 - log2(greatest("surname__tf_l", "surname__tf_r", 0))) WHEN 2 THEN 5.129283016944966 WHEN 3 THEN 2.9068905956085187 WHEN 4 THEN -1 WHEN 5 THEN -4.986410935252045 ELSE 0 END
  + CASE "gamma_dob" WHEN 1 THEN 12.965784284662087 WHEN 2 THEN 7.643856189774724 WHEN 3 THEN 2.321928094887362 WHEN 4 THEN -4.306553899496536 ELSE 0 END
  + CASE "gamma_postcode" WHEN 1 THEN 9.813781191217037 WHEN 2 THEN -3.3204846780176935 ELSE 0 END AS match_weight
FROM gammas
