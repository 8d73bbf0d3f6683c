-- When the kiosk said it started again for the next shopper while the call was open: the
-- shopper may have left. The call stays open; its card says so.
ALTER TABLE calls ADD COLUMN left_at INTEGER;
