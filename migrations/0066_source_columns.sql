-- What the data sets state that had nowhere to go: the weapon class of a launch whose missile
-- is unknown (CNS "Missile Type"), and where a facility is (CNS "Facility Location").
-- A history table takes each new column at the same position as its table (wf_version_row
-- copies rows positionally).
ALTER TABLE events ADD COLUMN weapon_class text;
ALTER TABLE events_history ADD COLUMN weapon_class text;
ALTER TABLE facilities ADD COLUMN location text;
ALTER TABLE facilities_history ADD COLUMN location text;
