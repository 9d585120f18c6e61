-- Issue 22. A subscription to webinar news ends 12 months after `since`
-- unless she renews it; she is asked two weeks before (`renew_asked_at`),
-- and renewing sets `since` to that day.
ALTER TABLE webinar_subscriber ADD COLUMN renew_asked_at INTEGER;
