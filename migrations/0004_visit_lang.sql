-- Anonymous reach by language, for the donor report (`kadam report`): per
-- day and language, how many screens were shown and how many people had
-- their first screen of the week, and of the month, that day.
--
-- "First of the week" is decided from what dialogue_state already holds (the
-- time of her previous turn, which is then overwritten as before), so nothing
-- new is kept about anyone: no person key, no time of day, only counts.
-- Weeks are ISO weeks (Monday to Sunday) and months calendar months, both in
-- Bishkek time. A person counts once she has a language, in that language.
CREATE TABLE visit_lang (
    day          TEXT    NOT NULL,  -- YYYY-MM-DD, Bishkek time
    lang         TEXT    NOT NULL,  -- language of the screens shown
    screens      INTEGER NOT NULL,  -- screens shown
    people_week  INTEGER NOT NULL,  -- people whose first screen of the ISO week was on this day
    people_month INTEGER NOT NULL,  -- people whose first screen of the month was on this day
    PRIMARY KEY (day, lang)
) STRICT, WITHOUT ROWID;
