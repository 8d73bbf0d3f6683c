-- The names a department and a category are shown and spoken by, when the feed gives them
-- ("Dairy & Eggs" for the department dairy eggs); empty: one is made from the slug.
ALTER TABLE products ADD COLUMN department_name TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN category_name TEXT NOT NULL DEFAULT '';
