-- The shopper's language when not English ("es"): staff are told, so the store sends
-- someone who speaks it.
ALTER TABLE calls ADD COLUMN lang TEXT NOT NULL DEFAULT '';
