using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SupportDesk.Infrastructure.Data.Migrations.MySql;

/// <summary>
/// The tables of Quartz's persistent job store, where the processes sharing one MySQL database keep the periodic
/// assignment sweep and their cluster check-ins (see <c>AssignmentScheduling</c>). Quartz 4.x reads and writes these
/// columns and validates the tables at start; the names are Quartz's (prefix <c>QRTZ_</c>). SQLite runs a single
/// process and keeps its schedule in memory, so only MySQL has them. They are outside the EF model: no entity maps
/// them and the model snapshot does not change.
/// </summary>
[DbContext(typeof(MySqlApplicationDbContext))]
[Migration("20261125170000_QuartzClusterTables")]
public sealed class QuartzClusterTables : Migration
{
    // Quartz's key columns: scheduler name, then the name and group of a job or trigger.
    private const string Scheduler = "SCHED_NAME VARCHAR(120) NOT NULL";
    private const string Trigger = "TRIGGER_NAME VARCHAR(200) NOT NULL, TRIGGER_GROUP VARCHAR(200) NOT NULL";
    private const string TriggerKey = "PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)";
    private const string OwnedByTrigger =
        "FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)";

    private const string Paused = "PAUSE_REASON VARCHAR(250) NULL, PAUSED_BY VARCHAR(200) NULL, PAUSED_AT BIGINT NULL";

    private static readonly (string Table, string Definition)[] Tables =
    [
        ("QRTZ_JOB_DETAILS", $"""
            {Scheduler}, JOB_NAME VARCHAR(200) NOT NULL, JOB_GROUP VARCHAR(200) NOT NULL, DESCRIPTION VARCHAR(250) NULL,
            JOB_CLASS_NAME VARCHAR(250) NOT NULL, IS_DURABLE BOOLEAN NOT NULL, IS_NONCONCURRENT BOOLEAN NOT NULL,
            IS_UPDATE_DATA BOOLEAN NOT NULL, REQUESTS_RECOVERY BOOLEAN NOT NULL, JOB_DATA BLOB NULL,
            PRIMARY KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
            """),
        ("QRTZ_TRIGGERS", $"""
            {Scheduler}, {Trigger}, JOB_NAME VARCHAR(200) NOT NULL, JOB_GROUP VARCHAR(200) NOT NULL,
            DESCRIPTION VARCHAR(250) NULL, NEXT_FIRE_TIME BIGINT NULL, PREV_FIRE_TIME BIGINT NULL, PRIORITY INT NULL,
            TRIGGER_STATE VARCHAR(16) NOT NULL, TRIGGER_TYPE VARCHAR(8) NOT NULL, START_TIME BIGINT NOT NULL,
            END_TIME BIGINT NULL, CALENDAR_NAME VARCHAR(200) NULL, MISFIRE_INSTR SMALLINT NULL,
            MISFIRE_ORIG_FIRE_TIME BIGINT NULL, EXECUTION_GROUP VARCHAR(200) NULL, PREFERRED_NODE VARCHAR(200) NULL,
            PREFERRED_NODE_AUTO BOOLEAN NOT NULL DEFAULT FALSE, RETRY_POLICY VARCHAR(250) NULL, RETRY_ATTEMPT INT NULL,
            CONTINUES_TRIGGER_NAME VARCHAR(200) NULL, CONTINUES_TRIGGER_GROUP VARCHAR(200) NULL,
            CONTINUATION_CONDITION INT NULL, OVERLAP_POLICY INT NULL, {Paused}, MISFIRE_THRESHOLD BIGINT NULL,
            FIXED_DELAY BOOLEAN NULL, JOB_DATA BLOB NULL,
            {TriggerKey},
            FOREIGN KEY (SCHED_NAME, JOB_NAME, JOB_GROUP) REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP)
            """),
        ("QRTZ_SIMPLE_TRIGGERS", $"""
            {Scheduler}, {Trigger}, REPEAT_COUNT BIGINT NOT NULL, REPEAT_INTERVAL BIGINT NOT NULL,
            TIMES_TRIGGERED BIGINT NOT NULL, {TriggerKey}, {OwnedByTrigger}
            """),
        ("QRTZ_CRON_TRIGGERS", $"""
            {Scheduler}, {Trigger}, CRON_EXPRESSION VARCHAR(120) NOT NULL, TIME_ZONE_ID VARCHAR(80) NULL,
            {TriggerKey}, {OwnedByTrigger}
            """),
        ("QRTZ_SIMPROP_TRIGGERS", $"""
            {Scheduler}, {Trigger}, STR_PROP_1 VARCHAR(512) NULL, STR_PROP_2 VARCHAR(512) NULL,
            STR_PROP_3 VARCHAR(512) NULL, INT_PROP_1 INT NULL, INT_PROP_2 INT NULL, LONG_PROP_1 BIGINT NULL,
            LONG_PROP_2 BIGINT NULL, DEC_PROP_1 NUMERIC(13,4) NULL, DEC_PROP_2 NUMERIC(13,4) NULL,
            BOOL_PROP_1 BOOLEAN NULL, BOOL_PROP_2 BOOLEAN NULL, TIME_ZONE_ID VARCHAR(80) NULL,
            {TriggerKey}, {OwnedByTrigger}
            """),
        ("QRTZ_BLOB_TRIGGERS", $"{Scheduler}, {Trigger}, BLOB_DATA BLOB NULL, {TriggerKey}, {OwnedByTrigger}"),
        ("QRTZ_CALENDARS", $"""
            {Scheduler}, CALENDAR_NAME VARCHAR(200) NOT NULL, CALENDAR BLOB NOT NULL, PRIMARY KEY (SCHED_NAME, CALENDAR_NAME)
            """),
        ("QRTZ_PAUSED_TRIGGER_GRPS", $"{Scheduler}, TRIGGER_GROUP VARCHAR(200) NOT NULL, {Paused}, PRIMARY KEY (SCHED_NAME, TRIGGER_GROUP)"),
        ("QRTZ_PAUSED_JOB_GRPS", $"{Scheduler}, JOB_GROUP VARCHAR(200) NOT NULL, {Paused}, PRIMARY KEY (SCHED_NAME, JOB_GROUP)"),
        ("QRTZ_FIRED_TRIGGERS", $"""
            {Scheduler}, ENTRY_ID VARCHAR(140) NOT NULL, {Trigger}, INSTANCE_NAME VARCHAR(200) NOT NULL,
            FIRED_TIME BIGINT NOT NULL, SCHED_TIME BIGINT NOT NULL, PRIORITY INT NOT NULL, STATE VARCHAR(16) NOT NULL,
            JOB_NAME VARCHAR(200) NULL, JOB_GROUP VARCHAR(200) NULL, IS_NONCONCURRENT BOOLEAN NULL,
            REQUESTS_RECOVERY BOOLEAN NULL, EXECUTION_GROUP VARCHAR(200) NULL, PROGRESS INT NULL,
            PROGRESS_MESSAGE VARCHAR(250) NULL, INTERRUPT_REQUESTED_TIME BIGINT NULL, PRIMARY KEY (SCHED_NAME, ENTRY_ID)
            """),
        ("QRTZ_SCHEDULER_STATE", $"""
            {Scheduler}, INSTANCE_NAME VARCHAR(200) NOT NULL, LAST_CHECKIN_TIME BIGINT NOT NULL,
            CHECKIN_INTERVAL BIGINT NOT NULL, QUARTZ_VERSION VARCHAR(20) NULL, PRIMARY KEY (SCHED_NAME, INSTANCE_NAME)
            """),
        ("QRTZ_LOCKS", $"{Scheduler}, LOCK_NAME VARCHAR(40) NOT NULL, PRIMARY KEY (SCHED_NAME, LOCK_NAME)"),
        ("QRTZ_JOB_STATUS", $"""
            {Scheduler}, JOB_GROUP VARCHAR(200) NOT NULL, JOB_NAME VARCHAR(200) NOT NULL, FIRST_FIRED_TIME BIGINT NOT NULL,
            LAST_FIRED_TIME BIGINT NOT NULL, LAST_RESULT INT NOT NULL, LAST_RUN_TIME BIGINT NOT NULL,
            LAST_INSTANCE_NAME VARCHAR(200) NOT NULL, LAST_ENTRY_ID VARCHAR(140) NULL, LAST_SUMMARY VARCHAR(1000) NULL,
            LAST_SUCCESS_TIME BIGINT NULL, LAST_FAILURE_TIME BIGINT NULL, LAST_FAILURE_MESSAGE VARCHAR(1000) NULL,
            CONSECUTIVE_FAILURES INT NOT NULL DEFAULT 0, RUN_COUNT BIGINT NOT NULL DEFAULT 0,
            FAILURE_COUNT BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (SCHED_NAME, JOB_GROUP, JOB_NAME)
            """),
        ("QRTZ_EXECUTION_HISTORY", $"""
            {Scheduler}, ENTRY_ID VARCHAR(140) NOT NULL, INSTANCE_NAME VARCHAR(200) NOT NULL,
            JOB_NAME VARCHAR(200) NOT NULL, JOB_GROUP VARCHAR(200) NOT NULL, {Trigger}, FIRED_TIME BIGINT NOT NULL,
            RUN_TIME BIGINT NOT NULL, SUCCEEDED BOOLEAN NOT NULL, ERROR_MESSAGE VARCHAR(1000) NULL,
            RETRY_ATTEMPT INT NOT NULL DEFAULT 0, RETRY_SCHEDULED BOOLEAN NOT NULL DEFAULT FALSE, EXECUTION_LOG LONGTEXT NULL,
            RESULT INT NULL, SUMMARY VARCHAR(1000) NULL, METRICS LONGTEXT NULL, MANUAL BOOLEAN NULL,
            FIRE_INSTANCE_ID VARCHAR(140) NULL, JOB_INPUT LONGTEXT NULL, JOB_INPUT_TOO_LARGE BOOLEAN NULL,
            PRIMARY KEY (SCHED_NAME, ENTRY_ID)
            """),
        ("QRTZ_MISFIRE_HISTORY", $"""
            {Scheduler}, ENTRY_ID VARCHAR(140) NOT NULL, INSTANCE_NAME VARCHAR(200) NOT NULL, {Trigger},
            JOB_NAME VARCHAR(200) NULL, JOB_GROUP VARCHAR(200) NULL, MISFIRE_TIME BIGINT NOT NULL, SCHED_TIME BIGINT NULL,
            REASON INT NULL, PRIMARY KEY (SCHED_NAME, ENTRY_ID)
            """),
    ];

    // The lookups Quartz makes: a job's triggers, the triggers due next by state, a node's firings, and the
    // histories by time.
    private static readonly (string Name, string Table, string Columns)[] Indexes =
    [
        ("IDX_QRTZ_J_G_N", "QRTZ_JOB_DETAILS", "SCHED_NAME, JOB_GROUP, JOB_NAME"),
        ("IDX_QRTZ_T_J", "QRTZ_TRIGGERS", "SCHED_NAME, JOB_NAME, JOB_GROUP"),
        ("IDX_QRTZ_T_G_N", "QRTZ_TRIGGERS", "SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME"),
        ("IDX_QRTZ_T_C", "QRTZ_TRIGGERS", "SCHED_NAME, CALENDAR_NAME"),
        ("IDX_QRTZ_T_NFT_ST", "QRTZ_TRIGGERS", "SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME, PRIORITY DESC, MISFIRE_INSTR"),
        ("IDX_QRTZ_FT_INST_JOB_REQ_RCVRY", "QRTZ_FIRED_TRIGGERS", "SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY"),
        ("IDX_QRTZ_FT_J_G", "QRTZ_FIRED_TRIGGERS", "SCHED_NAME, JOB_NAME, JOB_GROUP"),
        ("IDX_QRTZ_FT_T_G", "QRTZ_FIRED_TRIGGERS", "SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP"),
        ("IDX_QRTZ_EH_FIRED_TIME", "QRTZ_EXECUTION_HISTORY", "SCHED_NAME, FIRED_TIME"),
        ("IDX_QRTZ_EH_INST", "QRTZ_EXECUTION_HISTORY", "SCHED_NAME, INSTANCE_NAME"),
        ("IDX_QRTZ_EH_JOB_TIME", "QRTZ_EXECUTION_HISTORY", "SCHED_NAME, JOB_GROUP, JOB_NAME, FIRED_TIME"),
        ("IDX_QRTZ_EH_FIRE_INST", "QRTZ_EXECUTION_HISTORY", "SCHED_NAME, FIRE_INSTANCE_ID"),
        ("IDX_QRTZ_EH_TRIG_TIME", "QRTZ_EXECUTION_HISTORY", "SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME, FIRED_TIME"),
        ("IDX_QRTZ_MH_MISFIRE_TIME", "QRTZ_MISFIRE_HISTORY", "SCHED_NAME, MISFIRE_TIME"),
        ("IDX_QRTZ_MH_INST", "QRTZ_MISFIRE_HISTORY", "SCHED_NAME, INSTANCE_NAME"),
    ];

    /// <summary>For tools that empty the desk's tables (test resets) and must leave the scheduler's alone.</summary>
    public static IReadOnlyList<string> TableNames { get; } = Tables.Select(table => table.Table).ToArray();

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, definition) in Tables)
        {
            migrationBuilder.Sql($"CREATE TABLE {table} ({definition}) ENGINE=InnoDB CHARACTER SET utf8mb4;");
        }

        foreach (var (name, table, columns) in Indexes)
        {
            migrationBuilder.Sql($"CREATE INDEX {name} ON {table} ({columns});");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Children before the tables their foreign keys point at.
        foreach (var (table, _) in Enumerable.Reverse(Tables))
        {
            migrationBuilder.Sql($"DROP TABLE {table};");
        }
    }
}
