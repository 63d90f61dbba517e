-- One counter per host, raised in the transaction of every change to the host's schedules or event types. Each
-- instance keeps event types' schedules and rules in memory, tagged with the counter they were read at, and
-- checks the counter (one primary-key read) before using them: a change made anywhere is seen on its commit,
-- and no notification has to arrive for it. No row means the host has never changed anything: counter 0.
create table host_availability (
    host_id uuid   primary key,
    version bigint not null
);
