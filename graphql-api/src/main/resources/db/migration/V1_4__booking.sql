-- The exclusion constraint below needs equality on uuid inside a GiST index.
create extension if not exists btree_gist;

-- Bookings. blocked is the meeting widened by the event type's buffers at booking time: no two active bookings
-- of one host may have overlapping blocked ranges, which the database enforces whatever the application does.
create table booking (
    id                  uuid        primary key,
    host_id             uuid        not null,
    event_type_id       uuid        not null,
    start_at            timestamptz not null,
    end_at              timestamptz not null,
    buffer_before       integer     not null check (buffer_before between 0 and 720),
    buffer_after        integer     not null check (buffer_after between 0 and 720),
    blocked             tstzrange   not null,
    status              text        not null check (status in ('PENDING', 'AWAITING_PAYMENT', 'CONFIRMED', 'CANCELLED')),
    time_zone           text        not null,
    guest_name          text        not null,
    guest_email         text        not null,
    additional_guests   text[]      not null,
    notes               text        not null,
    price_amount        numeric(12, 2),
    price_currency      text,
    booked_by           text        not null,
    idempotency_key     text        not null,
    request_fingerprint bytea       not null,
    cancelled_by        text,
    cancel_reason       text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null,
    check (start_at < end_at),
    check (blocked = tstzrange(start_at - make_interval(mins => buffer_before),
                               end_at + make_interval(mins => buffer_after), '[)')),
    constraint booking_no_overlap exclude using gist (host_id with =, blocked with &&)
        where (status in ('PENDING', 'AWAITING_PAYMENT', 'CONFIRMED'))
);
-- The same key from the same booker names the same booking, so a retried request never books twice.
create unique index booking_idempotency on booking (booked_by, idempotency_key);
create index booking_host_start on booking (host_id, start_at);
create index booking_event_type_start on booking (event_type_id, start_at);

-- Every refusal answered to someone booking, with the rule's reason, for the product's conflict metrics.
create table booking_refusal (
    id              bigserial   primary key,
    host_id         uuid        not null,
    event_type_id   uuid        not null,
    reason          text        not null,
    requested_start timestamptz not null,
    refused_at      timestamptz not null
);
create index booking_refusal_event_type on booking_refusal (event_type_id, refused_at);
