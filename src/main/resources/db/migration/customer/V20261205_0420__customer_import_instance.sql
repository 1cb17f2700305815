-- The instance that runs an import, or ran it last: after a crash another instance resumes it and writes its name.
alter table customer_import add column instance varchar(255);
