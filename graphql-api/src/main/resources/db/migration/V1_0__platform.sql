-- Rate-limit counters shared by every API instance: one row per (limited thing and subject, time window).
create table rate_limit_hit (
    bucket       text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (bucket, window_start)
);
create index rate_limit_hit_window_start on rate_limit_hit (window_start);
