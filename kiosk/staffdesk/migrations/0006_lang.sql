-- The shopper's language when not English ("es"): the call's card says "Spanish speaker
-- (habla español)", so the store sends someone who speaks it.
ALTER TABLE calls ADD COLUMN lang TEXT NOT NULL DEFAULT '';
