-- Sources that are data sets (the CNS database, a GDELT export, UCDP GED …) carry the release
-- imported and the licence it is published under, so every imported fact can be traced to the
-- exact release and its terms. Columns are appended to the table and its history twin alike,
-- keeping their column order identical (wf_version_row copies rows positionally).
ALTER TABLE sources ADD COLUMN release text, ADD COLUMN license text;
ALTER TABLE sources_history ADD COLUMN release text, ADD COLUMN license text;
