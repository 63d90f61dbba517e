-- Schedules: when a host can be booked. host_id is identity's user id; no foreign key crosses modules.
create table schedule (
    id         uuid        primary key,
    host_id    uuid        not null,
    name       text        not null,
    time_zone  text        not null,
    is_default boolean     not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null
);
create index schedule_host on schedule (host_id);
-- At most one default schedule per host, whatever races.
create unique index schedule_one_default_per_host on schedule (host_id) where is_default;

create table schedule_weekly_rule (
    schedule_id  uuid     not null references schedule (id) on delete cascade,
    position     integer  not null,
    day_of_week  smallint not null check (day_of_week between 1 and 7),
    start_minute integer  not null check (start_minute between 0 and 1439),
    end_minute   integer  not null check (end_minute between 1 and 1440),
    kind         text     not null check (kind in ('AVAILABLE', 'BUSY')),
    valid_from   date     not null,
    valid_until  date     not null,
    primary key (schedule_id, position),
    check (start_minute < end_minute),
    check (valid_from <= valid_until)
);

-- One row per window; a date that is unavailable all day has one row of kind UNAVAILABLE and no times.
create table schedule_date_override (
    schedule_id   uuid    not null references schedule (id) on delete cascade,
    position      integer not null,
    override_date date    not null,
    kind          text    not null check (kind in ('AVAILABLE', 'BUSY', 'UNAVAILABLE')),
    start_minute  integer check (start_minute between 0 and 1439),
    end_minute    integer check (end_minute between 1 and 1440),
    primary key (schedule_id, position),
    check ((kind = 'UNAVAILABLE') = (start_minute is null and end_minute is null)),
    check (start_minute is null or start_minute < end_minute)
);

-- Event types: what guests book.
create table event_type (
    id                    uuid        primary key,
    host_id               uuid        not null,
    schedule_id           uuid        references schedule (id) on delete set null,
    title                 text        not null,
    slug                  text        not null,
    description           text        not null,
    default_duration      integer     not null,
    slot_interval         integer     not null,
    buffer_before         integer     not null,
    buffer_after          integer     not null,
    minimum_notice        integer     not null,
    window_rolling_days   integer,
    window_from           date,
    window_until          date,
    daily_limit           integer,
    weekly_limit          integer,
    max_extra_guests      integer     not null,
    requires_confirmation boolean     not null,
    location_kind         text        not null,
    active                boolean     not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null,
    check ((window_rolling_days is null) <> (window_from is null and window_until is null))
);
create unique index event_type_host_slug on event_type (host_id, slug);

create table event_type_duration (
    event_type_id  uuid    not null references event_type (id) on delete cascade,
    minutes        integer not null check (minutes between 5 and 720),
    price_amount   numeric(12, 2),
    price_currency text check (price_currency ~ '^[A-Z]{3}$'),
    primary key (event_type_id, minutes),
    check ((price_amount is null) = (price_currency is null))
);
