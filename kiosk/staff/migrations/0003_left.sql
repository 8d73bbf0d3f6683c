-- When the kiosk started again for the next shopper while a call was open (the shopper may
-- have left): staff are told, the call stays open.
ALTER TABLE calls ADD COLUMN left_at INTEGER;
