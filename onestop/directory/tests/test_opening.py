"""Opening status from schedules: worked examples, then properties checked on random schedules."""

from __future__ import annotations

import ast
import inspect
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onestop.directory import opening
from onestop.directory.opening import Closure, Period, Rule, is_open, next_opening, periods_between

BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = Rule(byday="MO,TU,WE,TH,FR", opens_at=time(8), closes_at=time(16))
SHELTER = Rule(byday="MO,TU,WE,TH,FR,SA,SU", opens_at=time(20), closes_at=time(8))


def at(day: str, clock: str = "00:00") -> datetime:
    """A Berlin wall-clock moment (fold=0), e.g. at("2026-06-01", "10:00")."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=BERLIN)


def period(start: datetime, end: datetime) -> Period:
    return Period(start.astimezone(UTC).astimezone(BERLIN), end.astimezone(UTC).astimezone(BERLIN))


def starts(periods: list[Period]) -> list[str]:
    return [p.start.strftime("%Y-%m-%d %H:%M") for p in periods]


# --- a weekday office, 8–16 --------------------------------------------------------------------
# June 2026: Monday the 1st, Friday the 5th, Monday the 8th.


def test_open_on_monday_morning() -> None:
    assert is_open([OFFICE], [], at("2026-06-01", "10:00"), BERLIN) == period(
        at("2026-06-01", "08:00"), at("2026-06-01", "16:00")
    )


def test_opening_time_is_open_and_closing_time_is_closed() -> None:
    assert is_open([OFFICE], [], at("2026-06-01", "08:00"), BERLIN) is not None
    assert is_open([OFFICE], [], at("2026-06-01", "15:59:59.999999"), BERLIN) is not None
    assert is_open([OFFICE], [], at("2026-06-01", "16:00"), BERLIN) is None
    assert is_open([OFFICE], [], at("2026-06-01", "07:59"), BERLIN) is None


def test_the_instant_may_be_given_in_any_zone() -> None:
    # 08:30 UTC is 10:30 in Berlin (summer time).
    assert is_open([OFFICE], [], datetime(2026, 6, 1, 8, 30, tzinfo=UTC), BERLIN) is not None
    assert is_open([OFFICE], [], datetime(2026, 6, 1, 14, 30, tzinfo=UTC), BERLIN) is None


def test_next_opening_after_friday_closing_is_monday_morning() -> None:
    assert next_opening([OFFICE], [], at("2026-06-05", "17:00"), BERLIN) == period(
        at("2026-06-08", "08:00"), at("2026-06-08", "16:00")
    )


def test_next_opening_while_open_is_the_current_period_and_its_end_gives_the_one_after() -> None:
    current = next_opening([OFFICE], [], at("2026-06-01", "10:00"), BERLIN)
    assert current == is_open([OFFICE], [], at("2026-06-01", "10:00"), BERLIN)
    assert current is not None
    following = next_opening([OFFICE], [], current.end, BERLIN)
    assert following is not None
    assert following.start == at("2026-06-02", "08:00")


def test_a_holiday_on_monday_skips_to_tuesday() -> None:
    whit_monday = Closure(date(2026, 5, 25), reason="Whit Monday")
    assert is_open([OFFICE], [whit_monday], at("2026-05-25", "10:00"), BERLIN) is None
    assert next_opening([OFFICE], [whit_monday], at("2026-05-22", "17:00"), BERLIN) == period(
        at("2026-05-26", "08:00"), at("2026-05-26", "16:00")
    )


def test_special_hours_replace_the_rules_for_that_date() -> None:
    short_day = Closure(date(2026, 6, 3), opens_at=time(10), closes_at=time(12), reason="staff meeting")
    assert is_open([OFFICE], [short_day], at("2026-06-03", "09:00"), BERLIN) is None
    assert is_open([OFFICE], [short_day], at("2026-06-03", "11:00"), BERLIN) == period(
        at("2026-06-03", "10:00"), at("2026-06-03", "12:00")
    )
    assert is_open([OFFICE], [short_day], at("2026-06-03", "13:00"), BERLIN) is None
    # The other days keep their rules.
    assert is_open([OFFICE], [short_day], at("2026-06-04", "09:00"), BERLIN) is not None


def test_special_hours_can_open_a_day_the_rules_leave_closed() -> None:
    open_saturday = Closure(date(2026, 6, 6), opens_at=time(10), closes_at=time(14))
    assert next_opening([OFFICE], [open_saturday], at("2026-06-05", "17:00"), BERLIN) == period(
        at("2026-06-06", "10:00"), at("2026-06-06", "14:00")
    )


def test_several_special_hours_on_a_date_add_up_but_a_whole_day_closure_wins() -> None:
    morning = Closure(date(2026, 6, 3), opens_at=time(9), closes_at=time(11))
    afternoon = Closure(date(2026, 6, 3), opens_at=time(14), closes_at=time(15))
    day = (at("2026-06-03"), at("2026-06-04"))
    assert starts(periods_between([OFFICE], [morning, afternoon], *day, BERLIN)) == [
        "2026-06-03 09:00",
        "2026-06-03 14:00",
    ]
    closed = Closure(date(2026, 6, 3))
    assert periods_between([OFFICE], [morning, closed, afternoon], *day, BERLIN) == []


# --- a night shelter, 20–08 ----------------------------------------------------------------------


def test_night_shelter_is_open_at_two_in_the_morning() -> None:
    assert is_open([SHELTER], [], at("2026-06-02", "02:00"), BERLIN) == period(
        at("2026-06-01", "20:00"), at("2026-06-02", "08:00")
    )
    assert is_open([SHELTER], [], at("2026-06-02", "08:00"), BERLIN) is None


def test_a_closure_affects_the_night_that_starts_on_its_date_only() -> None:
    closed = Closure(date(2026, 6, 2))
    # The night from Monday into the closed Tuesday belongs to Monday: kept.
    assert is_open([SHELTER], [closed], at("2026-06-02", "02:00"), BERLIN) is not None
    # The night starting on Tuesday is gone; the next one starts on Wednesday.
    assert is_open([SHELTER], [closed], at("2026-06-02", "22:00"), BERLIN) is None
    assert is_open([SHELTER], [closed], at("2026-06-03", "02:00"), BERLIN) is None
    assert next_opening([SHELTER], [closed], at("2026-06-02", "08:00"), BERLIN) == period(
        at("2026-06-03", "20:00"), at("2026-06-04", "08:00")
    )


def test_special_hours_past_midnight() -> None:
    new_year = Closure(date(2026, 12, 31), opens_at=time(22), closes_at=time(3))
    assert is_open([OFFICE], [new_year], at("2027-01-01", "01:00"), BERLIN) == period(
        at("2026-12-31", "22:00"), at("2027-01-01", "03:00")
    )


# --- merging ---------------------------------------------------------------------------------------


def test_overlapping_and_touching_periods_merge() -> None:
    rules = [
        Rule(byday="MO", opens_at=time(8), closes_at=time(12)),
        Rule(byday="MO", opens_at=time(11), closes_at=time(13)),
        Rule(byday="MO", opens_at=time(13), closes_at=time(15)),
    ]
    assert periods_between(rules, [], at("2026-06-01"), at("2026-06-02"), BERLIN) == [
        period(at("2026-06-01", "08:00"), at("2026-06-01", "15:00"))
    ]


def test_whole_days_run_together_and_are_reported_whole() -> None:
    weekdays = Rule(byday="MO,TU,WE,TH,FR")  # no hours: the whole day
    assert is_open([weekdays], [], at("2026-06-03", "12:00"), BERLIN) == period(at("2026-06-01"), at("2026-06-06"))
    # Asking about a short span still reports the period whole, not clipped to the span.
    assert periods_between([weekdays], [], at("2026-06-03", "12:00"), at("2026-06-03", "13:00"), BERLIN) == [
        period(at("2026-06-01"), at("2026-06-06"))
    ]


def test_a_place_open_around_the_clock_is_followed_only_so_far() -> None:
    always = Rule(byday="MO,TU,WE,TH,FR,SA,SU")
    now = at("2026-06-03", "12:00")
    current = is_open([always], [], now, BERLIN)
    assert current is not None
    assert current.contains(now)
    assert current.duration >= timedelta(days=28)
    assert next_opening([always], [], now, BERLIN) is not None


# --- recurrence --------------------------------------------------------------------------------------


def test_monthly_first_monday() -> None:
    rule = Rule(freq="MONTHLY", byday="1MO", opens_at=time(9), closes_at=time(12))
    found = periods_between([rule], [], at("2026-06-01"), at("2026-09-01"), BERLIN)
    assert starts(found) == ["2026-06-01 09:00", "2026-07-06 09:00", "2026-08-03 09:00"]


def test_monthly_last_friday_and_days_of_the_month() -> None:
    last_friday = Rule(freq="MONTHLY", byday="-1FR", opens_at=time(9), closes_at=time(12))
    assert starts(periods_between([last_friday], [], at("2026-06-01"), at("2026-08-01"), BERLIN)) == [
        "2026-06-26 09:00",
        "2026-07-31 09:00",
    ]
    month_days = Rule(freq="MONTHLY", bymonthday="1,15,-1", opens_at=time(9), closes_at=time(12))
    assert starts(periods_between([month_days], [], at("2026-06-01"), at("2026-07-02"), BERLIN)) == [
        "2026-06-01 09:00",
        "2026-06-15 09:00",
        "2026-06-30 09:00",
        "2026-07-01 09:00",
    ]


def test_fortnightly_from_dtstart() -> None:
    # Every other Wednesday, counted from Wednesday 8 July 2026 (dtstart far back works too).
    for anchor in (date(2026, 7, 8), date(2020, 1, 15)):
        rule = Rule(byday="WE", interval=2, dtstart=anchor, opens_at=time(14), closes_at=time(17))
        found = periods_between([rule], [], at("2026-07-01"), at("2026-08-10"), BERLIN)
        assert starts(found) == ["2026-07-08 14:00", "2026-07-22 14:00", "2026-08-05 14:00"], anchor


def test_dtstart_mid_week_does_not_open_earlier_that_week() -> None:
    rule = Rule(byday="MO,WE", interval=2, dtstart=date(2026, 7, 8), opens_at=time(9), closes_at=time(10))
    found = periods_between([rule], [], at("2026-07-01"), at("2026-07-31"), BERLIN)
    assert starts(found) == ["2026-07-08 09:00", "2026-07-20 09:00", "2026-07-22 09:00"]


def test_week_start_decides_which_fortnight_a_sunday_is_in() -> None:
    # Sunday 12 July: in dtstart's week when weeks start on Monday, in the next when on Sunday.
    def found(wkst: str) -> list[str]:
        rule = Rule(
            byday="WE,SU", interval=2, dtstart=date(2026, 7, 8), wkst=wkst, opens_at=time(9), closes_at=time(10)
        )
        return starts(periods_between([rule], [], at("2026-07-06"), at("2026-07-27"), BERLIN))

    assert found("MO") == ["2026-07-08 09:00", "2026-07-12 09:00", "2026-07-22 09:00", "2026-07-26 09:00"]
    assert found("SU") == ["2026-07-08 09:00", "2026-07-19 09:00", "2026-07-22 09:00"]


def test_valid_from_and_valid_to_are_inclusive_and_judge_the_start_date() -> None:
    summer = Rule(
        byday="MO,TU,WE,TH,FR,SA,SU",
        opens_at=time(20),
        closes_at=time(8),
        valid_from=date(2026, 7, 1),
        valid_to=date(2026, 7, 3),
    )
    found = periods_between([summer], [], at("2026-06-28"), at("2026-07-10"), BERLIN)
    assert starts(found) == ["2026-07-01 20:00", "2026-07-02 20:00", "2026-07-03 20:00"]
    # The last night starts on valid_to and runs into the 4th.
    assert found[-1].end == at("2026-07-04", "08:00")


def test_until_and_count() -> None:
    until = Rule(byday="MO", until=date(2026, 6, 15), opens_at=time(9), closes_at=time(10))
    assert starts(periods_between([until], [], at("2026-06-01"), at("2026-07-01"), BERLIN)) == [
        "2026-06-01 09:00",
        "2026-06-08 09:00",
        "2026-06-15 09:00",
    ]
    count = Rule(byday="MO", dtstart=date(2026, 6, 8), count=2, opens_at=time(9), closes_at=time(10))
    assert starts(periods_between([count], [], at("2026-06-01"), at("2026-07-01"), BERLIN)) == [
        "2026-06-08 09:00",
        "2026-06-15 09:00",
    ]


def test_week_numbers_filter_weeks() -> None:
    rule = Rule(byday="MO", byweekno="24,26", opens_at=time(9), closes_at=time(10))
    assert starts(periods_between([rule], [], at("2026-06-01"), at("2026-07-01"), BERLIN)) == [
        "2026-06-08 09:00",
        "2026-06-22 09:00",
    ]


def test_nothing_within_the_horizon() -> None:
    gone = Rule(byday="MO", valid_to=date(2026, 1, 31), opens_at=time(9), closes_at=time(10))
    assert next_opening([gone], [], at("2026-06-01"), BERLIN) is None
    assert next_opening([], [], at("2026-06-01"), BERLIN) is None
    yearly = Rule(
        freq="MONTHLY", byday="1MO", bymonthday="1,2,3,4,5,6,7", byweekno="1", opens_at=time(9), closes_at=time(10)
    )
    assert next_opening([yearly], [], at("2026-06-01"), BERLIN, horizon_days=30) is None
    assert next_opening([yearly], [], at("2026-06-01"), BERLIN) == period(
        at("2027-01-04", "09:00"), at("2027-01-04", "10:00")
    )


# --- daylight saving time in Berlin: 29 March and 25 October 2026 ----------------------------------


def test_spring_forward_night_is_an_hour_shorter() -> None:
    night = Rule(byday="SU", opens_at=time(0), closes_at=time(6))
    found = is_open([night], [], at("2026-03-29", "01:00"), BERLIN)
    assert found is not None
    assert found.start.isoformat() == "2026-03-29T00:00:00+01:00"
    assert found.end.isoformat() == "2026-03-29T06:00:00+02:00"
    assert found.duration == timedelta(hours=5)


def test_fall_back_night_is_an_hour_longer() -> None:
    night = Rule(byday="SU", opens_at=time(0), closes_at=time(6))
    found = is_open([night], [], at("2026-10-25", "01:00"), BERLIN)
    assert found is not None
    assert found.start.isoformat() == "2026-10-25T00:00:00+02:00"
    assert found.end.isoformat() == "2026-10-25T06:00:00+01:00"
    assert found.duration == timedelta(hours=7)
    # Open through both passes of the repeated hour.
    assert is_open([night], [], datetime(2026, 10, 25, 0, 30, tzinfo=UTC), BERLIN) == found  # 02:30 CEST
    assert is_open([night], [], datetime(2026, 10, 25, 1, 30, tzinfo=UTC), BERLIN) == found  # 02:30 CET


def test_a_period_across_the_skipped_hour_shrinks() -> None:
    rule = Rule(byday="SU", opens_at=time(1, 30), closes_at=time(3, 30))
    found = periods_between([rule], [], at("2026-03-29"), at("2026-03-30"), BERLIN)
    assert [p.duration for p in found] == [timedelta(hours=1)]


def test_a_skipped_opening_time_opens_at_the_jump() -> None:
    rule = Rule(byday="SU", opens_at=time(2, 30), closes_at=time(5))
    (found,) = periods_between([rule], [], at("2026-03-29"), at("2026-03-30"), BERLIN)
    assert found.start.isoformat() == "2026-03-29T03:00:00+02:00"
    assert found.duration == timedelta(hours=2)
    # A period wholly inside the skipped hour does not happen that night.
    inside = Rule(byday="SU", opens_at=time(2, 10), closes_at=time(2, 50))
    assert periods_between([inside], [], at("2026-03-29"), at("2026-03-30"), BERLIN) == []


def test_a_repeated_opening_time_means_its_first_pass() -> None:
    rule = Rule(byday="SU", opens_at=time(2, 30), closes_at=time(4))
    (found,) = periods_between([rule], [], at("2026-10-25"), at("2026-10-26"), BERLIN)
    assert found.start.isoformat() == "2026-10-25T02:30:00+02:00"
    assert found.duration == timedelta(hours=2, minutes=30)


def test_whole_days_around_the_changes_last_23_and_25_hours() -> None:
    sunday = Rule(byday="SU")
    spring = is_open([sunday], [], at("2026-03-29", "12:00"), BERLIN)
    autumn = is_open([sunday], [], at("2026-10-25", "12:00"), BERLIN)
    assert spring is not None
    assert autumn is not None
    assert (spring.duration, autumn.duration) == (timedelta(hours=23), timedelta(hours=25))


# --- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"freq": "DAILY", "byday": "MO"},
        {"freq": "weekly", "byday": "XX"},
        {"byday": "1MO"},  # an ordinal needs MONTHLY
        {"freq": "MONTHLY", "byday": "6MO"},
        {"freq": "MONTHLY", "bymonthday": "32"},
        {"freq": "MONTHLY", "bymonthday": "first"},
        {"byday": "MO", "interval": 0},
        {"byday": "MO", "interval": 2},  # which weeks? needs dtstart
        {"byday": "MO", "count": 3},
        {"byday": "MO", "dtstart": date(2026, 1, 5), "count": 3, "until": date(2026, 3, 1)},
        {"byday": "MO", "wkst": "XX"},
        {},  # no day at all and no dtstart to take it from
        {"byday": "MO", "opens_at": time(9)},
        {"byday": "MO", "opens_at": time(9, tzinfo=UTC), "closes_at": time(10, tzinfo=UTC)},
    ],
)
def test_invalid_rules_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Rule(**fields)  # type: ignore[arg-type]


def test_lenient_spelling_is_accepted() -> None:
    rule = Rule(freq="monthly", byday=" 1mo, -1fr ", dtstart=None)
    assert len(periods_between([rule], [], at("2026-06-01"), at("2026-07-01"), BERLIN)) == 2


def test_a_rule_without_days_takes_them_from_dtstart() -> None:
    rule = Rule(dtstart=date(2026, 6, 3), opens_at=time(9), closes_at=time(10))  # a Wednesday
    assert starts(periods_between([rule], [], at("2026-06-01"), at("2026-06-15"), BERLIN)) == [
        "2026-06-03 09:00",
        "2026-06-10 09:00",
    ]


def test_invalid_calls_are_refused() -> None:
    with pytest.raises(ValueError):
        Closure(date(2026, 6, 1), opens_at=time(9))
    with pytest.raises(ValueError):
        is_open([OFFICE], [], datetime(2026, 6, 1, 10), BERLIN)  # naive
    with pytest.raises(ValueError):
        periods_between([OFFICE], [], at("2026-06-02"), at("2026-06-01"), BERLIN)
    with pytest.raises(ValueError):
        next_opening([OFFICE], [], at("2026-06-02"), BERLIN, horizon_days=-1)
    assert periods_between([OFFICE], [], at("2026-06-01", "10:00"), at("2026-06-01", "10:00"), BERLIN) == []


# --- properties on random weekly schedules in Berlin --------------------------------------------------

CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)
DST_CHANGES = (datetime(2026, 3, 29, 1, tzinfo=UTC), datetime(2026, 10, 25, 1, tzinfo=UTC))

# Quarter hours, with the small hours drawn extra often so that periods meet the DST changes.
clock = st.one_of(st.integers(0, 95), st.integers(0, 19)).map(lambda q: time(q // 4, 15 * (q % 4)))
hours = st.one_of(st.just((None, None)), st.tuples(clock, clock))
# Instants on the quarter-hour grid hit opening and closing times exactly (Berlin's offsets are
# whole hours, so a UTC quarter hour is a local one); the others land anywhere.
on_grid = st.integers(0, 365 * 96 - 1).map(lambda k: YEAR_START + timedelta(minutes=15 * k))
near_change = st.builds(
    lambda change, k: change + timedelta(minutes=15 * k), st.sampled_from(DST_CHANGES), st.integers(-4 * 48, 4 * 48)
)
anywhere = st.integers(0, 365 * 86_400_000_000 - 1).map(lambda us: YEAR_START + timedelta(microseconds=us))
instants = st.one_of(on_grid, near_change, anywhere)


# Built once: strategies made afresh inside each example are validated (and lambdas labelled
# from their source) every time, which made each example several times slower.
shifts = st.integers(-4, 12)
weekday_sets = st.lists(st.sampled_from(CODES), min_size=1, max_size=7, unique=True)
closure_hours = st.one_of(st.just((None, None)), st.just((None, None)), hours)  # whole days twice as often
rule_counts = st.integers(0, 4)
closure_counts = st.integers(0, 5)


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Rule], list[Closure], datetime]:
    """Weekly rules and closures, with the dates that matter drawn near the instant asked about
    (a closure half a year away would test nothing)."""
    moment = draw(instants)
    today = moment.astimezone(BERLIN).date()

    def near() -> date:
        return today + timedelta(days=draw(shifts))

    def maybe_near() -> date | None:
        return near() if draw(st.booleans()) else None

    rules = []
    for _ in range(draw(rule_counts)):
        opens_at, closes_at = draw(hours)
        rules.append(
            Rule(
                byday=",".join(draw(weekday_sets)),
                opens_at=opens_at,
                closes_at=closes_at,
                valid_from=maybe_near(),
                valid_to=maybe_near(),
            )
        )
    closed = []
    for _ in range(draw(closure_counts)):
        opens_at, closes_at = draw(closure_hours)
        closed.append(Closure(near(), opens_at=opens_at, closes_at=closes_at))
    return rules, closed, moment


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG = timedelta(days=7)  # runs longer than this may be cut differently by different questions


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def first_moment_showing(day: date, wall: time) -> datetime:
    """The first UTC quarter hour whose Berlin clock shows at least `day wall`, by plain search.

    Deliberately a different method from the module's (round trip and bisection), as an oracle.
    Exact here: the walls are quarter hours and Berlin (UTC+1 or +2) changes on the hour.
    """
    naive = datetime.combine(day, wall)
    moment = naive.replace(tzinfo=UTC) - timedelta(hours=2)
    while moment.astimezone(BERLIN).replace(tzinfo=None) < naive:
        moment += timedelta(minutes=15)
    return moment


def oracle_is_open(rules: list[Rule], closed: list[Closure], moment: datetime) -> bool:
    """Open at `moment`, computed straight from the definitions, day by day."""
    today = moment.astimezone(BERLIN).date()
    for day in (today - timedelta(days=1), today):
        on_day = [c for c in closed if c.date == day]
        if on_day:
            hours_today = [] if any(c.opens_at is None for c in on_day) else [(c.opens_at, c.closes_at) for c in on_day]
        else:
            hours_today = [
                (r.opens_at, r.closes_at)
                for r in rules
                if CODES[day.weekday()] in r.byday.split(",")
                and (r.valid_from is None or r.valid_from <= day)
                and (r.valid_to is None or day <= r.valid_to)
            ]
        for opens, closes in hours_today:
            if opens is None or closes is None:
                start, end = first_moment_showing(day, time(0)), first_moment_showing(day + timedelta(days=1), time(0))
            else:
                end_day = day if closes > opens else day + timedelta(days=1)
                start, end = first_moment_showing(day, opens), first_moment_showing(end_day, closes)
            if start <= utc(moment) < end:
                return True
    return False


def assert_well_formed(periods: list[Period]) -> None:
    for p in periods:
        assert p.start.tzinfo is BERLIN
        assert p.end.tzinfo is BERLIN
        assert p.duration > timedelta(0)
    for earlier, later in pairwise(periods):
        # Sorted, and apart: touching periods would have been merged.
        assert utc(earlier.end) < utc(later.start)


@PROPERTY
@given(cases())
def test_is_open_agrees_with_periods_between_and_with_the_definitions(
    case: tuple[list[Rule], list[Closure], datetime],
) -> None:
    rules, closed, moment = case
    found = is_open(rules, closed, moment, BERLIN)
    around = periods_between(rules, closed, moment - timedelta(days=1), moment + timedelta(days=1), BERLIN)
    containing = [p for p in around if p.contains(moment)]
    assert len(containing) <= 1
    assert (found is not None) == bool(containing) == oracle_is_open(rules, closed, moment)
    if found is not None:
        assert found.contains(moment)
        if found.duration < LONG:
            assert found == containing[0]


@PROPERTY
@given(cases())
def test_next_opening_is_the_first_period_ending_after(case: tuple[list[Rule], list[Closure], datetime]) -> None:
    rules, closed, moment = case
    horizon = 30
    found = next_opening(rules, closed, moment, BERLIN, horizon_days=horizon)
    ahead = periods_between(rules, closed, moment, moment + timedelta(days=horizon), BERLIN)
    expected = next((p for p in ahead if utc(p.end) > utc(moment)), None)
    assert found == expected
    if found is not None and not found.contains(moment):
        assert utc(found.start) > utc(moment)
        assert is_open(rules, closed, moment, BERLIN) is None
        # Nothing open in between: the moment just before it opens is closed. (In UTC: the same
        # subtraction in Berlin time would be wall-clock arithmetic, wrong next to a DST jump.)
        assert is_open(rules, closed, utc(found.start) - timedelta(microseconds=1), BERLIN) is None


@PROPERTY
@given(cases())
def test_periods_are_sorted_apart_and_never_start_on_a_closed_date(
    case: tuple[list[Rule], list[Closure], datetime],
) -> None:
    rules, closed, moment = case
    found = periods_between(rules, closed, moment, moment + timedelta(days=10), BERLIN)
    assert_well_formed(found)
    closed_dates = {c.date for c in closed if c.opens_at is None}
    for p in found:
        assert p.start.date() not in closed_dates
        assert utc(p.end) > utc(moment)
        assert utc(p.start) < utc(moment + timedelta(days=10))


def test_the_module_stays_free_of_django() -> None:
    # Pure on purpose: pages, the API and imports share it, and it is tested without a database.
    tree = ast.parse(inspect.getsource(opening))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not [name for name in imported if name.startswith(("django", "onestop"))]
