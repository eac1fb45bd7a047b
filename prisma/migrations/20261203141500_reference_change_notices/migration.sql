-- Reference data (countries, provinces, posts) is read once per server process and kept
-- (lib/reference-cache.ts). Every change to it, by the app, a seed or a hand in psql, tells every
-- listening server to read it again.
CREATE FUNCTION "notify_reference_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('reference_change', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Country_reference_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Country"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_reference_change"();
CREATE TRIGGER "Province_reference_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Province"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_reference_change"();
CREATE TRIGGER "Post_reference_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Post"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_reference_change"();
CREATE TRIGGER "PostCountries_reference_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_CountryToPost"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_reference_change"();
