-- A failed import keeps why as a code ("noRows"), translated where it is shown; jobs failed before
-- kept the message key ("imports.errors.noRows").
UPDATE "ImportJob" SET error = substr(error, length('imports.errors.') + 1) WHERE error LIKE 'imports.errors.%';
