-- Text compares and sorts byte by byte (COLLATE "C"), as SQLite does,
-- whatever locale the server was created with: ORDER BY and GROUP BY give
-- the same order on both backends (a server made with en_US.UTF-8 would
-- otherwise ignore hyphens when sorting topics, for one). Indexes on these
-- columns are rebuilt by the change.

ALTER TABLE dialogue_state
    ALTER COLUMN person TYPE TEXT COLLATE "C",
    ALTER COLUMN state TYPE TEXT COLLATE "C";

ALTER TABLE media_file
    ALTER COLUMN media_key TYPE TEXT COLLATE "C",
    ALTER COLUMN file_id TYPE TEXT COLLATE "C";

ALTER TABLE tracked_message
    ALTER COLUMN person TYPE TEXT COLLATE "C";

ALTER TABLE feedback
    ALTER COLUMN person TYPE TEXT COLLATE "C",
    ALTER COLUMN lang TYPE TEXT COLLATE "C",
    ALTER COLUMN topic TYPE TEXT COLLATE "C",
    ALTER COLUMN comment TYPE TEXT COLLATE "C",
    ALTER COLUMN region TYPE TEXT COLLATE "C";

ALTER TABLE node_visit
    ALTER COLUMN day TYPE TEXT COLLATE "C",
    ALTER COLUMN node TYPE TEXT COLLATE "C";

ALTER TABLE visit_lang
    ALTER COLUMN day TYPE TEXT COLLATE "C",
    ALTER COLUMN lang TYPE TEXT COLLATE "C";

ALTER TABLE consult_question
    ALTER COLUMN person TYPE TEXT COLLATE "C",
    ALTER COLUMN consultant TYPE TEXT COLLATE "C",
    ALTER COLUMN lang TYPE TEXT COLLATE "C",
    ALTER COLUMN area TYPE TEXT COLLATE "C",
    ALTER COLUMN answered_by TYPE TEXT COLLATE "C";

ALTER TABLE consult_answer
    ALTER COLUMN person TYPE TEXT COLLATE "C";

ALTER TABLE webinar_reminder
    ALTER COLUMN person TYPE TEXT COLLATE "C",
    ALTER COLUMN webinar TYPE TEXT COLLATE "C",
    ALTER COLUMN kind TYPE TEXT COLLATE "C";

ALTER TABLE webinar_subscriber
    ALTER COLUMN person TYPE TEXT COLLATE "C",
    ALTER COLUMN lang TYPE TEXT COLLATE "C";

ALTER TABLE webinar_count
    ALTER COLUMN webinar TYPE TEXT COLLATE "C",
    ALTER COLUMN what TYPE TEXT COLLATE "C";

ALTER TABLE announcement
    ALTER COLUMN webinar TYPE TEXT COLLATE "C",
    ALTER COLUMN texts TYPE TEXT COLLATE "C",
    ALTER COLUMN status TYPE TEXT COLLATE "C";

ALTER TABLE announcement_queue
    ALTER COLUMN person TYPE TEXT COLLATE "C",
    ALTER COLUMN lang TYPE TEXT COLLATE "C",
    ALTER COLUMN state TYPE TEXT COLLATE "C";

ALTER TABLE undeleted_message
    ALTER COLUMN person TYPE TEXT COLLATE "C";
