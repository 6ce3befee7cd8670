<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DashboardFormat</name>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromLineParser</name>
    <message>
        <source>label value is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence in label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label value has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label set has no closing brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid label name at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label name __name__ is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to start the value of label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate label name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 labels on one sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid sample value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid timestamp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid metric name at the start of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character in metric name at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid metric name in # %1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence in HELP text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromTextReader</name>
    <message>
        <source>histogram %1%2 has no le=&quot;+Inf&quot; bucket; its quantiles are undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram %1 has a sample without _bucket, _sum or _count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram bucket %1 needs a numeric le label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second # HELP line for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second # TYPE line for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># TYPE line for %1 comes after its samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line ends with a carriage return; the format needs plain line feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is %1 KiB, over the limit of %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is HTML, not Prometheus metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is JSON, not Prometheus metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload ends in the middle of a line (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The connection settings are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop administration for the NextEvent platform.

nextevent-admin upload --help: upload files and folders without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded workspace file to open (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sample content to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not add sample content to a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the sample content small (for quick tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time from launch to the first rows painted, then quit (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to PostgreSQL (libpq conninfo or URI; the password can come from PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the saved connection profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --pg: create or upgrade the database schema, print the result and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos to upload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::AdminApplication</name>
    <message numerus="yes">
        <source>%n item(s) added to the uploads.</source>
        <translation>
            <numerusform>%n item added to the uploads.</numerusform>
            <numerusform>%n items added to the uploads.</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL — %1@%2:%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--migrate needs --pg CONNINFO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema of %1 is at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema could not be created or upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to PostgreSQL… Forms keep what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting… Forms keep what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample content is still being created; connect when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file cannot be written here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the NextEvent tables in this database, or upgrade them to version %1? Other editors can keep working; this needs a user allowed to change the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sample content in the new workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sample content… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample content could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show uploads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::AlertRule</name>
    <message>
        <source>High response time: p95 above 500 ms for 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low cache hit ratio: below 80 % for 10 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::ArticlePickerDialog</name>
    <message>
        <source>Add articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles by title or summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::ChartPanel</name>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data of this chart as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::ConflictDialog</name>
    <message>
        <source>Someone else changed this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This %1 was saved by someone else after you opened it.&lt;/b&gt;&lt;br&gt;Compare the versions below, then choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edits and show the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your edits in the form without saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::ConnectionDialog</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved profiles&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The schema is ready for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::ConnectionForm</name>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file (*.nextevent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NextEvent workspaces (*.nextevent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single file on this computer; created with sample content if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nextevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of a certificate to trust although no authority signed it. A refused connection shows the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;certificate (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords never go into the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host and the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http://) and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::ConnectionProfile</name>
    <message>
        <source>Embedded workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::CursorTableModel</name>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://api.example.org:8080/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert 500 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert below 0.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL of a /metrics endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest Store operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements run most (pg_stat_statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollbacks/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts so far. Watching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source yet: add the URL of a /metrics endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::EntityForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::EntityPage</name>
    <message numerus="yes">
        <source>%n new — &lt;a href=&quot;show&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>%n new — &lt;a href=&quot;show&quot;&gt;show&lt;/a&gt;</numerusform>
            <numerusform>%n new — &lt;a href=&quot;show&quot;&gt;show&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to Trash.</source>
        <translation>
            <numerusform>%n item moved to Trash.</numerusform>
            <numerusform>%n items moved to Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored.</source>
        <translation>
            <numerusform>%n item restored.</numerusform>
            <numerusform>%n items restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection to Trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted items, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them (Ctrl+S) or revert before opening another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are added by uploading files: drop them on the Uploads page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last fetch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 appear here and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 match the search and filters. Clear them to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop image files on the Uploads page to add some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N or click New to create the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::EntitySchema</name>
    <message numerus="yes">
        <source>Choose at least %n article(s).</source>
        <translation>
            <numerusform>Choose at least %n article.</numerusform>
            <numerusform>Choose at least %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A news issue holds at most %n article(s); remove %1.</source>
        <translation>
            <numerusform>A news issue holds at most %n article; remove %1.</numerusform>
            <numerusform>A news issue holds at most %n articles; remove %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not refer to a valid item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid %2; choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same article is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an invalid reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be later than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main story must be one of the issue&apos;s articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::EnumValue</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>480p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>720p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1080p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::Field</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrate (kbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average watch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::FieldEditor</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::FileInspector</name>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there: it was moved or deleted after it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image or a video (its content is: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 allowed for an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 allowed for a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like %2 but this format cannot be read (or the file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being read; add it again when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: the JPEG data ends before its end marker (an incomplete copy or download?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::FolderWalker</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was skipped: a link leads back to a folder already added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (no permission).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::HttpMetricsSource</name>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an HTML page, not Prometheus metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::KpiTileRow</name>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate (5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs pg_stat_statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over all statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 · p99 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rollbacks/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert below 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active · %2 idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean statement time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::MainWindow</name>
    <message>
        <source>NextEvent Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or &amp;upgrade schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NextEvent Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NextEvent Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;NextEvent Admin %1&lt;/h3&gt;&lt;p&gt;Desktop administration for the NextEvent content platform.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::NewsArticlesEditor</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead the issue with the selected article. Only one article can be the main story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 articles. Drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue needs at least one article. Add up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue is full: an issue holds at most %1 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No main story chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::ParseIssue</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::PgStatsCollector</name>
    <message>
        <source>PostgreSQL has no statistics for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in this database, so there are no statement times (CREATE EXTENSION pg_stat_statements; the server must preload it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_statements cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::PgStatsMetricsSource</name>
    <message>
        <source>Database statistics · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::PgStore</name>
    <message>
        <source>PostgreSQL — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::Query</name>
    <message>
        <source>Cannot sort by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot filter by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::RegistryMetricsSource</name>
    <message>
        <source>collecting this client&apos;s metrics failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::RestAuth</name>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::RestClient</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — reconnecting to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::RestErrors</name>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the API&apos;s answer; a proxy or a wrong URL may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed before the server answered; the change may or may not have been saved. Reload to check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a web page where %1 was expected; a proxy or a wrong URL may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1); it may have been cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4.
SHA-256 fingerprint: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item with an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image has no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uploaded image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read to the end; it may have changed or been removed during the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uploaded file&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::RestStore</name>
    <message>
        <source>REST API — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the image file first: over the REST API an image is created by its upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 rows can be changed at once; select fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count of changed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address answers, but not as a NextEvent API (no article list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::RouteTableModel</name>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::SourceMonitor</name>
    <message>
        <source>waiting for the first scrape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok · %1 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::SqliteStore</name>
    <message>
        <source>Embedded workspace — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::StoreError</name>
    <message numerus="yes">
        <source>%n of the selected items no longer exist; nothing was changed. Reload and try again.</source>
        <translation>
            <numerusform>%n of the selected items no longer exists; nothing was changed. Reload and try again.</numerusform>
            <numerusform>%n of the selected items no longer exist; nothing was changed. Reload and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected items were deleted by someone else, so nothing was changed. Refresh and try again.</source>
        <translation>
            <numerusform>%n of the selected items was deleted by someone else, so nothing was changed. Refresh and try again.</numerusform>
            <numerusform>%n of the selected items were deleted by someone else, so nothing was changed. Refresh and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the workspace&apos;s media folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the media folder failed (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being read; add it again when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store %1 in the media folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 database connections are busy; gave up after %2 ms. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slug is already used by another item; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image file is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stream key is already used by another video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A news issue can have only one main story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same article is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already used by another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referenced item (category, image or article) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A news issue holds at most 8 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database took too long to answer and the query was cancelled (statement timeout). Try a narrower search or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no NextEvent schema (or an incomplete one). Create or upgrade it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database user is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (a replica or read-only mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database had to cancel the change because of a concurrent one; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server is out of resources (disk, memory or connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection was lost (the server may be restarting); retrying may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts only encrypted (SSL) connections: set SSL mode to &quot;require&quot; or stricter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this user to connect to this database from this computer (pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL is required by this profile but the server does not support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (SSL) connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database host name could not be found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused the connection: is PostgreSQL running on that host and port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server did not answer in time (network or firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That database does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That database user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server has no free connections; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server is restarting; retrying shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while saving; reload to see whether the change was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list position is out of date; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its checksum; it changed or was damaged in transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content is kept by the NextEvent server that received it; open it through that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file has not been stored yet; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this application knows (%2). Update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the live connection to the database; reconnecting… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no NextEvent schema. Create it with the administration action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this application knows (%2). Update the application before changing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, older than this application needs (%2). Upgrade the schema first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this %1 since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A news issue&apos;s articles are changed one issue at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a value of the wrong kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer NextEvent Admin (schema %1; this version knows up to %2). Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slug is already used by another item. Choose a different slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue can have only one main story, and each article appears once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another item already has this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referenced item (image, article or category) does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values break a rule of the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to %1. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is read-only, so changes cannot be saved. Your edits are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a NextEvent workspace. Open another file or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and save again; your edits are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: check that the folder exists and you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (disk error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s order changed while it was loading. Refresh to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this %1 while you were editing it. Your edits are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this %1 after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles are edited one issue at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload queue file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload queue file %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::UndoToast</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::UploadBatchEditDialog</name>
    <message numerus="yes">
        <source>Edit %n uploads</source>
        <translation>
            <numerusform>Edit %n upload</numerusform>
            <numerusform>Edit %n uploads</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. “Summit 2026 – ”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep (guessed from the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. keynote, day 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty fields keep what each file has. Files already uploaded are updated in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::UploadCommand</name>
    <message>
        <source>Uploads images and videos (files or whole folders) into the library, the way the Uploads page does: checked, deduplicated by content, and made into records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded workspace file to upload into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL to upload into (libpq conninfo or URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection profile to upload into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest video accepted, in MB (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files uploaded at the same time (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: nextevent-admin upload (--profile NAME | --workspace FILE | --pg CONNINFO) PATH…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-video-mb and --parallel take a positive number.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API connections are not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for profile “%1”; connect once in the app and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::UploadItem</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for identical file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::UploadQueue</name>
    <message>
        <source>Same file as %1, added just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for %1, which has the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished after an interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after it was checked; it was not added. Retry to upload it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend is unavailable (%1) Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::UploadStatusWidget</name>
    <message>
        <source>Show the uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads paused · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::UploadTableModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::UploadTotalsText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n failed</numerusform>
            <numerusform> · %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::UploadsPage</name>
    <message>
        <source>Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no new uploads; files in flight finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected files, or all unfinished ones when none is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set title prefix, type, tags, category and alt text for the selected files (or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos and videos here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole folders too — hundreds of files at once. Each file is checked, uploaded and becomes an image or video you can edit. Files already in the library are linked, never uploaded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploaded files could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding files… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ne::ValueFormatter</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
