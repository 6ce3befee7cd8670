<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardFormat</name>
    <message>
        <source>no traffic</source>
        <translation>无流量</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PromLineParser</name>
    <message>
        <source>label value is not valid UTF-8</source>
        <translation>标签值不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>invalid escape sequence in label value</source>
        <translation>标签值中有无效的转义序列</translation>
    </message>
    <message>
        <source>label value has no closing quote</source>
        <translation>标签值缺少右引号</translation>
    </message>
    <message>
        <source>label set has no closing brace</source>
        <translation>标签集缺少右花括号</translation>
    </message>
    <message>
        <source>invalid label name at column %1</source>
        <translation>第 %1 列的标签名称无效</translation>
    </message>
    <message>
        <source>label name __name__ is reserved</source>
        <translation>标签名称 __name__ 为保留名称</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label name %1</source>
        <translation>标签名称 %1 之后应为 &apos;=&apos;</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to start the value of label %1</source>
        <translation>标签 %1 的值应以 &apos;&quot;&apos; 开头</translation>
    </message>
    <message>
        <source>duplicate label name %1</source>
        <translation>标签名称 %1 重复</translation>
    </message>
    <message>
        <source>more than %1 labels on one sample</source>
        <translation>单个样本的标签超过 %1 个</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label %1</source>
        <translation>标签 %1 的值之后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>sample has no value</source>
        <translation>样本没有值</translation>
    </message>
    <message>
        <source>invalid sample value %1</source>
        <translation>样本值 %1 无效</translation>
    </message>
    <message>
        <source>invalid timestamp %1</source>
        <translation>时间戳 %1 无效</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp</source>
        <translation>时间戳之后有多余的文本</translation>
    </message>
    <message>
        <source>invalid metric name at the start of the line</source>
        <translation>行首的指标名称无效</translation>
    </message>
    <message>
        <source>invalid character in metric name at column %1</source>
        <translation>第 %1 列的指标名称中有无效字符</translation>
    </message>
    <message>
        <source>invalid metric name in # %1 line</source>
        <translation># %1 行中的指标名称无效</translation>
    </message>
    <message>
        <source>invalid escape sequence in HELP text</source>
        <translation>HELP 文本中有无效的转义序列</translation>
    </message>
    <message>
        <source>unknown metric type %1</source>
        <translation>未知的指标类型 %1</translation>
    </message>
</context>
<context>
    <name>PromTextReader</name>
    <message>
        <source>histogram %1%2 has no le=&quot;+Inf&quot; bucket; its quantiles are undefined</source>
        <translation>直方图 %1%2 没有 le=&quot;+Inf&quot; 桶，其分位数无法确定</translation>
    </message>
    <message>
        <source>histogram %1 has a sample without _bucket, _sum or _count</source>
        <translation>直方图 %1 中有一个样本不带 _bucket、_sum 或 _count</translation>
    </message>
    <message>
        <source>histogram bucket %1 needs a numeric le label</source>
        <translation>直方图桶 %1 需要数值型的 le 标签</translation>
    </message>
    <message>
        <source>more than %1 samples</source>
        <translation>样本超过 %1 个</translation>
    </message>
    <message>
        <source>second # HELP line for %1</source>
        <translation>%1 出现了第二个 # HELP 行</translation>
    </message>
    <message>
        <source>second # TYPE line for %1</source>
        <translation>%1 出现了第二个 # TYPE 行</translation>
    </message>
    <message>
        <source># TYPE line for %1 comes after its samples</source>
        <translation>%1 的 # TYPE 行位于其样本之后</translation>
    </message>
    <message>
        <source>line ends with a carriage return; the format needs plain line feeds</source>
        <translation>行以回车符结尾；该格式只允许使用换行符</translation>
    </message>
    <message>
        <source>the payload is %1 KiB, over the limit of %2 KiB</source>
        <translation>数据大小为 %1 KiB，超过了 %2 KiB 的上限</translation>
    </message>
    <message>
        <source>the response is HTML, not Prometheus metrics</source>
        <translation>响应是 HTML，而不是 Prometheus 指标</translation>
    </message>
    <message>
        <source>the response is JSON, not Prometheus metrics</source>
        <translation>响应是 JSON，而不是 Prometheus 指标</translation>
    </message>
    <message>
        <source>the payload ends in the middle of a line (truncated?)</source>
        <translation>数据在一行的中间结束（是否被截断？）</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The connection settings are not valid: %1</source>
        <translation>连接设置无效：%1</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 digest.</source>
        <translation>“%1”不是 SHA-256 摘要。</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>此版本中缺少架构文件 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a valid id.</source>
        <translation>“%1”不是有效的 ID。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop administration for the NextEvent platform.

nextevent-admin upload --help: upload files and folders without a window.</source>
        <translation>NextEvent 平台的桌面管理工具。

nextevent-admin upload --help：无需打开窗口即可上传文件和文件夹。</translation>
    </message>
    <message>
        <source>Embedded workspace file to open (default: %1).</source>
        <translation>要打开的嵌入式工作区文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Add sample content to the workspace.</source>
        <translation>向工作区添加示例内容。</translation>
    </message>
    <message>
        <source>Do not add sample content to a new workspace.</source>
        <translation>不向新工作区添加示例内容。</translation>
    </message>
    <message>
        <source>Make the sample content small (for quick tests).</source>
        <translation>使用少量示例内容（用于快速测试）。</translation>
    </message>
    <message>
        <source>Print the time from launch to the first rows painted, then quit (benchmarks).</source>
        <translation>输出从启动到首次绘制出数据行所用的时间，然后退出（用于基准测试）。</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL (libpq conninfo or URI; the password can come from PGPASSWORD or ~/.pgpass).</source>
        <translation>连接到 PostgreSQL（libpq conninfo 或 URI；密码可来自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>Connect with the saved connection profile &lt;name&gt;.</source>
        <translation>使用名为 &lt;name&gt; 的已保存连接配置进行连接。</translation>
    </message>
    <message>
        <source>With --pg: create or upgrade the database schema, print the result and exit.</source>
        <translation>与 --pg 一起使用：创建或升级数据库架构，输出结果后退出。</translation>
    </message>
    <message>
        <source>Images and videos to upload.</source>
        <translation>要上传的图片和视频。</translation>
    </message>
</context>
<context>
    <name>ne::AdminApplication</name>
    <message>
        <source>PostgreSQL — %1</source>
        <translation>PostgreSQL — %1</translation>
    </message>
    <message>
        <source>PostgreSQL — %1@%2:%3/%4</source>
        <translation>PostgreSQL — %1@%2:%3/%4</translation>
    </message>
    <message>
        <source>There is no saved connection profile named “%1”.</source>
        <translation>没有名为“%1”的已保存连接配置。</translation>
    </message>
    <message>
        <source>--migrate needs --pg CONNINFO.</source>
        <translation>--migrate 需要 --pg CONNINFO。</translation>
    </message>
    <message>
        <source>The schema of %1 is at version %2.</source>
        <translation>%1 的架构版本为 %2。</translation>
    </message>
    <message>
        <source>The schema could not be created or upgraded: %1</source>
        <translation>无法创建或升级架构：%1</translation>
    </message>
    <message>
        <source>Reconnecting to PostgreSQL… Forms keep what you typed.</source>
        <translation>正在重新连接 PostgreSQL… 表单会保留您已输入的内容。</translation>
    </message>
    <message>
        <source>Reconnecting… Forms keep what you typed.</source>
        <translation>正在重新连接… 表单会保留您已输入的内容。</translation>
    </message>
    <message>
        <source>Connecting to PostgreSQL…</source>
        <translation>正在连接 PostgreSQL…</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>请输入 %1 的密码。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>请重新登录以继续。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Sample content is still being created; connect when it is done.</source>
        <translation>示例内容仍在创建中，请在完成后再连接。</translation>
    </message>
    <message>
        <source>The workspace file cannot be written here: %1</source>
        <translation>无法在此处写入工作区文件：%1</translation>
    </message>
    <message>
        <source>Unknown connection kind.</source>
        <translation>未知的连接类型。</translation>
    </message>
    <message>
        <source>Create or upgrade schema</source>
        <translation>创建或升级架构</translation>
    </message>
    <message>
        <source>Create the NextEvent tables in this database, or upgrade them to version %1? Other editors can keep working; this needs a user allowed to change the schema.</source>
        <translation>要在此数据库中创建 NextEvent 数据表，或将其升级到版本 %1 吗？其他编辑可以继续工作；此操作需要具有修改架构权限的用户。</translation>
    </message>
    <message>
        <source>Upgrading the schema…</source>
        <translation>正在升级架构…</translation>
    </message>
    <message>
        <source>The schema is at version %1.</source>
        <translation>架构版本为 %1。</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Creating sample content in the new workspace…</source>
        <translation>正在新工作区中创建示例内容…</translation>
    </message>
    <message>
        <source>Creating sample content… %1%</source>
        <translation>正在创建示例内容… %1%</translation>
    </message>
    <message>
        <source>Sample content could not be created: %1</source>
        <translation>无法创建示例内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the uploads.</source>
        <translation>
            <numerusform>已将 %n 个项目添加到上传队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show uploads</source>
        <translation>显示上传</translation>
    </message>
</context>
<context>
    <name>ne::AlertRule</name>
    <message>
        <source>High response time: p95 above 500 ms for 5 min</source>
        <translation>响应时间过长：p95 持续 5 分钟高于 500 ms</translation>
    </message>
    <message>
        <source>Low cache hit ratio: below 80 % for 10 min</source>
        <translation>缓存命中率过低：持续 10 分钟低于 80 %</translation>
    </message>
</context>
<context>
    <name>ne::ArticlePickerDialog</name>
    <message>
        <source>Add articles</source>
        <translation>添加文章</translation>
    </message>
    <message>
        <source>Search articles by title or summary…</source>
        <translation>按标题或摘要搜索文章…</translation>
    </message>
</context>
<context>
    <name>ne::ChartPanel</name>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>将此图表另存为图片</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the data of this chart as CSV</source>
        <translation>将此图表的数据另存为 CSV</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>ne::ConflictDialog</name>
    <message>
        <source>Someone else changed this %1</source>
        <translation>其他人已修改此%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This %1 was saved by someone else after you opened it.&lt;/b&gt;&lt;br&gt;Compare the versions below, then choose what to keep.</source>
        <translation>&lt;b&gt;您打开此%1后，其他人保存了它。&lt;/b&gt;&lt;br&gt;请比较下面的版本，然后选择要保留的内容。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>重新加载对方的版本</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>用我的版本覆盖</translation>
    </message>
    <message>
        <source>Keep my copy</source>
        <translation>保留我的副本</translation>
    </message>
    <message>
        <source>Discard your edits and show the saved version.</source>
        <translation>放弃您的编辑并显示已保存的版本。</translation>
    </message>
    <message>
        <source>Save your version over theirs.</source>
        <translation>用您的版本覆盖对方的版本。</translation>
    </message>
    <message>
        <source>Keep your edits in the form without saving.</source>
        <translation>在表单中保留您的编辑，但不保存。</translation>
    </message>
</context>
<context>
    <name>ne::ConnectionDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved profiles&lt;/b&gt;</source>
        <translation>&lt;b&gt;已保存的配置&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试与 %1 的连接…</translation>
    </message>
    <message>
        <source>Connected. The schema is ready for this version.</source>
        <translation>已连接。架构已适用于此版本。</translation>
    </message>
    <message>
        <source>The connection test failed unexpectedly.</source>
        <translation>连接测试意外失败。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>新配置 %1</translation>
    </message>
</context>
<context>
    <name>ne::ConnectionForm</name>
    <message>
        <source>e.g. Production</source>
        <translation>例如：生产环境</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Workspace file (*.nextevent)</source>
        <translation>工作区文件 (*.nextevent)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <source>NextEvent workspaces (*.nextevent)</source>
        <translation>NextEvent 工作区 (*.nextevent)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A single file on this computer; created with sample content if it does not exist.</source>
        <translation>此计算机上的单个文件；如果不存在，将创建该文件并添加示例内容。</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>nextevent</source>
        <translation>nextevent</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SSL 模式(&amp;S)：</translation>
    </message>
    <message>
        <source>CA certificate (optional)</source>
        <translation>CA 证书（可选）</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>https://api.example.org</source>
        <translation>https://api.example.org</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>用户名和密码</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>登录方式(&amp;S)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户名(&amp;S)：</translation>
    </message>
    <message>
        <source>only for a self-signed certificate</source>
        <translation>仅用于自签名证书</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of a certificate to trust although no authority signed it. A refused connection shows the fingerprint.</source>
        <translation>即使未经任何证书颁发机构签名也予以信任的证书的 SHA-256 指纹。连接被拒绝时会显示该指纹。</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate (SHA-256):</source>
        <translation>受信任的证书 (SHA-256)(&amp;C)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Passwords never go into the settings file.</source>
        <translation>密码永远不会写入设置文件。</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory for this session only.</source>
        <translation>没有可用的系统钥匙串：密码仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>Choose a workspace file.</source>
        <translation>请选择工作区文件。</translation>
    </message>
    <message>
        <source>Enter the host and the database.</source>
        <translation>请输入主机和数据库。</translation>
    </message>
    <message>
        <source>Enter the API&apos;s base URL.</source>
        <translation>请输入 API 的基础 URL。</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http://) and name a host.</source>
        <translation>基础 URL 必须以 https:// (或 http://) 开头并包含主机名。</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation>证书指纹为 64 位十六进制数字 (SHA-256)。</translation>
    </message>
</context>
<context>
    <name>ne::ConnectionProfile</name>
    <message>
        <source>Embedded workspace</source>
        <translation>嵌入式工作区</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST API</translation>
    </message>
</context>
<context>
    <name>ne::CursorTableModel</name>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列无法排序。</translation>
    </message>
</context>
<context>
    <name>ne::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>本客户端</translation>
    </message>
    <message>
        <source>http://api.example.org:8080/metrics</source>
        <translation>http://api.example.org:8080/metrics</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加数据源</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>数据源：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>alert 500 ms</source>
        <translation>告警 500 ms</translation>
    </message>
    <message>
        <source>Requests and errors</source>
        <translation>请求与错误</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>请求/s</translation>
    </message>
    <message>
        <source>5xx errors/s</source>
        <translation>5xx 错误/s</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>命中率</translation>
    </message>
    <message>
        <source>alert below 0.8</source>
        <translation>低于 0.8 时告警</translation>
    </message>
    <message>
        <source>Connection pool</source>
        <translation>连接池</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>连接数</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解除时间</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>最差值</translation>
    </message>
    <message>
        <source>Busiest routes</source>
        <translation>最繁忙的路由</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>告警历史</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL of a /metrics endpoint.</source>
        <translation>请输入 /metrics 端点的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Busiest Store operations</source>
        <translation>最繁忙的存储操作</translation>
    </message>
    <message>
        <source>Store calls/s</source>
        <translation>存储调用/s</translation>
    </message>
    <message>
        <source>failed calls/s</source>
        <translation>失败调用/s</translation>
    </message>
    <message>
        <source>Statements run most (pg_stat_statements)</source>
        <translation>执行次数最多的语句 (pg_stat_statements)</translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation>事务/s</translation>
    </message>
    <message>
        <source>rollbacks/s</source>
        <translation>回滚/s</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Firing: %1</source>
        <translation>正在告警：%1</translation>
    </message>
    <message>
        <source>No alerts so far. Watching:</source>
        <translation>目前没有告警。正在监视：</translation>
    </message>
    <message>
        <source>  • %1</source>
        <translation>  • %1</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>告警中</translation>
    </message>
    <message>
        <source>No source yet: add the URL of a /metrics endpoint.</source>
        <translation>尚无数据源：请添加 /metrics 端点的 URL。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation> · 更新于 %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
</context>
<context>
    <name>ne::EntityForm</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>in Trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
</context>
<context>
    <name>ne::EntityPage</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <source>%n new — &lt;a href=&quot;show&quot;&gt;show&lt;/a&gt;</source>
        <translation>
            <numerusform>%n 个新项目 — &lt;a href=&quot;show&quot;&gt;显示&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>新建 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Move the selection to Trash (Del)</source>
        <translation>将所选项目移至回收站 (Del)</translation>
    </message>
    <message>
        <source>Search %1… (Ctrl+F)</source>
        <translation>搜索%1… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>全部%1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Show deleted items, to restore them</source>
        <translation>显示已删除的项目，以便恢复</translation>
    </message>
    <message>
        <source>Thumbnail grid</source>
        <translation>缩略图网格</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them (Ctrl+S) or revert before opening another item.</source>
        <translation>“%1”有未保存的更改。请先保存 (Ctrl+S) 或还原，再打开其他项目。</translation>
    </message>
    <message>
        <source>Images are added by uploading files: drop them on the Uploads page.</source>
        <translation>图片通过上传文件添加：请将文件拖放到“上传”页面。</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation>另存为新项目</translation>
    </message>
    <message>
        <source>%1 item(s) published.</source>
        <translation>已发布 %1 个项目。</translation>
    </message>
    <message>
        <source>%1 item(s) archived.</source>
        <translation>已归档 %1 个项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to Trash.</source>
        <translation>
            <numerusform>已将 %n 个项目移至回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored.</source>
        <translation>
            <numerusform>已恢复 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>已加载 %1 个</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / 共 %1 个</translation>
    </message>
    <message>
        <source> · last fetch %1</source>
        <translation> · 上次获取于 %1</translation>
    </message>
    <message>
        <source>Trash is empty</source>
        <translation>回收站为空</translation>
    </message>
    <message>
        <source>Deleted %1 appear here and can be restored.</source>
        <translation>已删除的%1会显示在这里，并可恢复。</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>No %1 match the search and filters. Clear them to see all.</source>
        <translation>没有符合搜索和筛选条件的%1。清除条件即可查看全部。</translation>
    </message>
    <message>
        <source>No %1 yet</source>
        <translation>尚无%1</translation>
    </message>
    <message>
        <source>Drop image files on the Uploads page to add some.</source>
        <translation>将图片文件拖放到“上传”页面即可添加。</translation>
    </message>
    <message>
        <source>Press Ctrl+N or click New to create the first one.</source>
        <translation>按 Ctrl+N 或点击“新建”创建第一个。</translation>
    </message>
</context>
<context>
    <name>ne::EntitySchema</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>News issue</source>
        <translation>新闻期刊</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 的长度为 %2 个字符；最多允许 %3 个。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 必须为“是”或“否”。</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation>%1 不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>%1 does not refer to a valid item.</source>
        <translation>%1 未指向有效的项目。</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2; choose one of: %3.</source>
        <translation>“%1”不是有效的%2；请从以下选项中选择：%3。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 不是有效的 JSON。</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n article(s).</source>
        <translation>
            <numerusform>请至少选择 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A news issue holds at most %n article(s); remove %1.</source>
        <translation>
            <numerusform>每期新闻最多包含 %n 篇文章；请移除 %1 篇。</numerusform>
        </translation>
    </message>
    <message>
        <source>The same article is listed twice.</source>
        <translation>同一篇文章被列出了两次。</translation>
    </message>
    <message>
        <source>%1 contains an invalid reference.</source>
        <translation>%1 包含无效的引用。</translation>
    </message>
    <message>
        <source>%1 must be later than %2.</source>
        <translation>%1 必须晚于 %2。</translation>
    </message>
    <message>
        <source>The main story must be one of the issue&apos;s articles.</source>
        <translation>头条必须是本期的文章之一。</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2.</source>
        <translation>“%1”不是%2的字段。</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 不可更改。</translation>
    </message>
    <message>
        <source>%1 is set by the system.</source>
        <translation>%1 由系统设置。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
</context>
<context>
    <name>ne::EnumValue</name>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>横幅</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>精选</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>博客</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>突发</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>点播</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>录播</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>流媒体</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>360p</source>
        <translation>360p</translation>
    </message>
    <message>
        <source>480p</source>
        <translation>480p</translation>
    </message>
    <message>
        <source>720p</source>
        <translation>720p</translation>
    </message>
    <message>
        <source>1080p</source>
        <translation>1080p</translation>
    </message>
    <message>
        <source>4k</source>
        <translation>4k</translation>
    </message>
</context>
<context>
    <name>ne::Field</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Meta title</source>
        <translation>元标题</translation>
    </message>
    <message>
        <source>Meta description</source>
        <translation>元描述</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>原始文件名</translation>
    </message>
    <message>
        <source>Storage path</source>
        <translation>存储路径</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Thumbnail URL</source>
        <translation>缩略图 URL</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>特色图片</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Author ID</source>
        <translation>作者 ID</translation>
    </message>
    <message>
        <source>Editor ID</source>
        <translation>编辑者 ID</translation>
    </message>
    <message>
        <source>Read time (min)</source>
        <translation>阅读时长（分钟）</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享数</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>排期时间</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Main story</source>
        <translation>头条</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>精选</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>突发</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>允许评论</translation>
    </message>
    <message>
        <source>Allow sharing</source>
        <translation>允许分享</translation>
    </message>
    <message>
        <source>Require sign-in</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <source>Cloud URL</source>
        <translation>云端 URL</translation>
    </message>
    <message>
        <source>Playback URL</source>
        <translation>播放 URL</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>推流密钥</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Bitrate (kbps)</source>
        <translation>码率 (kbps)</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Allow download</source>
        <translation>允许下载</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>封面图片</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Watch time (s)</source>
        <translation>观看时长（秒）</translation>
    </message>
    <message>
        <source>Average watch time</source>
        <translation>平均观看时长</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完播率</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>参与度</translation>
    </message>
</context>
<context>
    <name>ne::FieldEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>无分类</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
</context>
<context>
    <name>ne::FileInspector</name>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 是指向不存在文件的链接。</translation>
    </message>
    <message>
        <source>%1 is no longer there: it was moved or deleted after it was added.</source>
        <translation>%1 已不存在：它在添加后被移动或删除了。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 为空（0 字节）。</translation>
    </message>
    <message>
        <source>%1 is not an image or a video (its content is: %2).</source>
        <translation>%1 不是图片或视频（其内容为：%2）。</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 allowed for an image.</source>
        <translation>%1 的大小为 %2，超过了图片允许的上限 %3。</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 allowed for a video.</source>
        <translation>%1 的大小为 %2，超过了视频允许的上限 %3。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be decoded: %2</source>
        <translation>%1 已损坏，无法解码：%2</translation>
    </message>
    <message>
        <source>%1 looks like %2 but this format cannot be read (or the file is damaged).</source>
        <translation>%1 看起来是 %2，但无法读取此格式（或文件已损坏）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>%1 已损坏：无法读取其文件头。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read (%2).</source>
        <translation>%1 已损坏：无法读取其文件头（%2）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; add it again when it is complete.</source>
        <translation>%1 在读取过程中发生了变化；请在文件完整后重新添加。</translation>
    </message>
    <message>
        <source>%1 is truncated: the JPEG data ends before its end marker (an incomplete copy or download?).</source>
        <translation>%1 不完整：JPEG 数据在结束标记之前就已结束（复制或下载不完整？）。</translation>
    </message>
</context>
<context>
    <name>ne::FolderWalker</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 was skipped: a link leads back to a folder already added.</source>
        <translation>已跳过 %1：有一个链接指回已添加的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (no permission).</source>
        <translation>无法读取文件夹 %1（没有权限）。</translation>
    </message>
</context>
<context>
    <name>ne::HttpMetricsSource</name>
    <message>
        <source>timed out after %1 s</source>
        <translation>%1 s 后超时</translation>
    </message>
    <message>
        <source>certificate refused: %1</source>
        <translation>证书被拒绝：%1</translation>
    </message>
    <message>
        <source>response larger than %1 MiB</source>
        <translation>响应大于 %1 MiB</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server sent an HTML page, not Prometheus metrics</source>
        <translation>服务器发送的是 HTML 页面，而不是 Prometheus 指标</translation>
    </message>
</context>
<context>
    <name>ne::KpiTileRow</name>
    <message>
        <source>p95 latency</source>
        <translation>p95 延迟</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/s</translation>
    </message>
    <message>
        <source>Error rate (5xx)</source>
        <translation>错误率 (5xx)</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>Pool usage</source>
        <translation>连接池使用率</translation>
    </message>
    <message>
        <source>Server memory</source>
        <translation>服务器内存</translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation>正在等待数据</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>needs pg_stat_statements</source>
        <translation>需要 pg_stat_statements</translation>
    </message>
    <message>
        <source>over all statements</source>
        <translation>基于所有语句</translation>
    </message>
    <message>
        <source>p50 %1 · p99 %2</source>
        <translation>p50 %1 · p99 %2</translation>
    </message>
    <message>
        <source>over the last %1 s</source>
        <translation>最近 %1 s</translation>
    </message>
    <message>
        <source>%1 rollbacks/s</source>
        <translation>%1 回滚/s</translation>
    </message>
    <message>
        <source>%1 failed calls/s</source>
        <translation>%1 失败调用/s</translation>
    </message>
    <message>
        <source>%1 errors/s</source>
        <translation>%1 错误/s</translation>
    </message>
    <message>
        <source>alert below 80 %</source>
        <translation>低于 80 % 时告警</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 active</source>
        <translation>%1 / %2 · %3 活跃</translation>
    </message>
    <message>
        <source>%1 active · %2 idle</source>
        <translation>%1 活跃 · %2 空闲</translation>
    </message>
    <message>
        <source>no connection pool</source>
        <translation>无连接池</translation>
    </message>
    <message>
        <source>in the last %1 s</source>
        <translation>最近 %1 s 内</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>常驻内存</translation>
    </message>
    <message>
        <source>Store calls/s</source>
        <translation>存储调用/s</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>失败调用</translation>
    </message>
    <message>
        <source>Client memory</source>
        <translation>客户端内存</translation>
    </message>
    <message>
        <source>Mean statement time</source>
        <translation>平均语句耗时</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>事务/s</translation>
    </message>
    <message>
        <source>Rollback rate</source>
        <translation>回滚率</translation>
    </message>
    <message>
        <source>Connections used</source>
        <translation>已用连接</translation>
    </message>
    <message>
        <source>Deadlocks</source>
        <translation>死锁</translation>
    </message>
</context>
<context>
    <name>ne::MainWindow</name>
    <message>
        <source>NextEvent Admin</source>
        <translation>NextEvent Admin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Create or &amp;upgrade schema…</source>
        <translation>创建或升级架构(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About NextEvent Admin</source>
        <translation>关于 NextEvent Admin(&amp;A)</translation>
    </message>
    <message>
        <source>About NextEvent Admin</source>
        <translation>关于 NextEvent Admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NextEvent Admin %1&lt;/h3&gt;&lt;p&gt;Desktop administration for the NextEvent content platform.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NextEvent Admin %1&lt;/h3&gt;&lt;p&gt;NextEvent 内容平台的桌面管理工具。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
</context>
<context>
    <name>ne::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ne::NewsArticlesEditor</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Main story</source>
        <translation>头条</translation>
    </message>
    <message>
        <source>Lead the issue with the selected article. Only one article can be the main story.</source>
        <translation>将所选文章设为本期头条。只能有一篇文章作为头条。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 of %2 articles. Drag to reorder.</source>
        <translation>已添加 %1 篇文章，最多 %2 篇。拖动可调整顺序。</translation>
    </message>
    <message>
        <source>An issue needs at least one article. Add up to %1.</source>
        <translation>每期至少需要一篇文章。最多可添加 %1 篇。</translation>
    </message>
    <message>
        <source>The issue is full: an issue holds at most %1 articles.</source>
        <translation>本期已满：每期最多包含 %1 篇文章。</translation>
    </message>
    <message>
        <source>No main story chosen.</source>
        <translation>未选择头条。</translation>
    </message>
</context>
<context>
    <name>ne::ParseIssue</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ne::PgStatsCollector</name>
    <message>
        <source>PostgreSQL has no statistics for this database.</source>
        <translation>PostgreSQL 没有此数据库的统计信息。</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in this database, so there are no statement times (CREATE EXTENSION pg_stat_statements; the server must preload it).</source>
        <translation>此数据库中未安装 pg_stat_statements，因此没有语句耗时（CREATE EXTENSION pg_stat_statements; 服务器还必须预加载该扩展）。</translation>
    </message>
    <message>
        <source>pg_stat_statements cannot be read: %1</source>
        <translation>无法读取 pg_stat_statements：%1</translation>
    </message>
</context>
<context>
    <name>ne::PgStatsMetricsSource</name>
    <message>
        <source>Database statistics · %1</source>
        <translation>数据库统计 · %1</translation>
    </message>
</context>
<context>
    <name>ne::PgStore</name>
    <message>
        <source>PostgreSQL — %1</source>
        <translation>PostgreSQL — %1</translation>
    </message>
</context>
<context>
    <name>ne::Query</name>
    <message>
        <source>Cannot sort by “%1”.</source>
        <translation>无法按“%1”排序。</translation>
    </message>
    <message>
        <source>Cannot filter by “%1”.</source>
        <translation>无法按“%1”筛选。</translation>
    </message>
</context>
<context>
    <name>ne::RegistryMetricsSource</name>
    <message>
        <source>collecting this client&apos;s metrics failed: %1</source>
        <translation>收集本客户端的指标失败：%1</translation>
    </message>
</context>
<context>
    <name>ne::RestAuth</name>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>用户名或密码未被接受。</translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no token.</source>
        <translation>服务器的登录响应中没有令牌。</translation>
    </message>
</context>
<context>
    <name>ne::RestClient</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.
%1</source>
        <translation>服务器的证书不受信任，因此连接被拒绝。
%1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 s 内无应答</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 s 内未收到数据</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Offline — reconnecting to %1 (%2).</source>
        <translation>离线 — 正在重新连接 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>ne::RestErrors</name>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the API&apos;s answer; a proxy or a wrong URL may be in the way.</source>
        <translation>服务器返回了 HTTP %1 和一个网页，而不是 API 的响应；可能是代理或 URL 错误所致。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>Someone else changed this item since you opened it.</source>
        <translation>您打开此项目后，其他人修改了它。</translation>
    </message>
    <message>
        <source>The connection failed before the server answered; the change may or may not have been saved. Reload to check before trying again.</source>
        <translation>服务器应答之前连接就已失败；更改可能已保存，也可能未保存。请重新加载确认后再重试。</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>The server sent a web page where %1 was expected; a proxy or a wrong URL may be in the way.</source>
        <translation>服务器发送了一个网页，而预期的是%1；可能是代理或 URL 错误所致。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1); it may have been cut off.</source>
        <translation>服务器的响应不是有效的 JSON（%1）；可能已被截断。</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4.
SHA-256 fingerprint: %5</source>
        <translation>证书：%1，由 %2 颁发，有效期 %3 至 %4。
SHA-256 指纹：%5</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>单个项目</translation>
    </message>
    <message>
        <source>an item with an id</source>
        <translation>带 ID 的项目</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation>%1列表</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>无法解码图片：%1</translation>
    </message>
    <message>
        <source>This image has no file.</source>
        <translation>此图片没有文件。</translation>
    </message>
    <message>
        <source>Could not open %1 for reading.</source>
        <translation>无法打开 %1 进行读取。</translation>
    </message>
    <message>
        <source>the uploaded image</source>
        <translation>已上传的图片</translation>
    </message>
    <message>
        <source>The upload failed unexpectedly.</source>
        <translation>上传意外失败。</translation>
    </message>
    <message>
        <source>%1 could not be read to the end; it may have changed or been removed during the upload.</source>
        <translation>无法完整读取 %1；它可能在上传过程中被更改或移除。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>the upload offset</source>
        <translation>上传偏移量</translation>
    </message>
    <message>
        <source>the uploaded file&apos;s location</source>
        <translation>已上传文件的位置</translation>
    </message>
</context>
<context>
    <name>ne::RestStore</name>
    <message>
        <source>REST API — %1</source>
        <translation>REST API — %1</translation>
    </message>
    <message>
        <source>Upload the image file first: over the REST API an image is created by its upload.</source>
        <translation>请先上传图片文件：通过 REST API 时，图片是在上传时创建的。</translation>
    </message>
    <message>
        <source>At most %1 rows can be changed at once; select fewer.</source>
        <translation>一次最多只能更改 %1 行；请减少所选项目。</translation>
    </message>
    <message>
        <source>a count of changed rows</source>
        <translation>已更改的行数</translation>
    </message>
    <message>
        <source>This address answers, but not as a NextEvent API (no article list).</source>
        <translation>此地址有响应，但不是 NextEvent API（没有文章列表）。</translation>
    </message>
</context>
<context>
    <name>ne::RouteTableModel</name>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Calls/s</source>
        <translation>调用/s</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/s</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Failures/s</source>
        <translation>失败/s</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>错误/s</translation>
    </message>
</context>
<context>
    <name>ne::SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>钥匙串没有响应。</translation>
    </message>
</context>
<context>
    <name>ne::SourceMonitor</name>
    <message>
        <source>waiting for the first scrape</source>
        <translation>正在等待首次抓取</translation>
    </message>
    <message>
        <source>malformed metrics: %1</source>
        <translation>指标格式错误：%1</translation>
    </message>
    <message>
        <source>ok · %1 samples</source>
        <translation>正常 · %1 个样本</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>ne::SqliteStore</name>
    <message>
        <source>Embedded workspace — %1</source>
        <translation>嵌入式工作区 — %1</translation>
    </message>
</context>
<context>
    <name>ne::StoreError</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>Cannot write into the workspace&apos;s media folder: %1</source>
        <translation>无法写入工作区的媒体文件夹：%1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Writing to the media folder failed (is the disk full?): %1</source>
        <translation>写入媒体文件夹失败（磁盘是否已满？）：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; add it again when it is complete.</source>
        <translation>%1 在读取过程中发生了变化；请在文件完整后重新添加。</translation>
    </message>
    <message>
        <source>Could not store %1 in the media folder: %2</source>
        <translation>无法将 %1 存入媒体文件夹：%2</translation>
    </message>
    <message>
        <source>All %1 database connections are busy; gave up after %2 ms. Try again.</source>
        <translation>全部 %1 个数据库连接均繁忙；等待 %2 ms 后已放弃。请重试。</translation>
    </message>
    <message>
        <source>This slug is already used by another item; choose another.</source>
        <translation>此别名已被其他项目使用；请另选一个。</translation>
    </message>
    <message>
        <source>This image file is already in the library.</source>
        <translation>此图片文件已在媒体库中。</translation>
    </message>
    <message>
        <source>This stream key is already used by another video.</source>
        <translation>此推流密钥已被其他视频使用。</translation>
    </message>
    <message>
        <source>A news issue can have only one main story.</source>
        <translation>每期新闻只能有一个头条。</translation>
    </message>
    <message>
        <source>The same article is listed twice.</source>
        <translation>同一篇文章被列出了两次。</translation>
    </message>
    <message>
        <source>This value is already used by another item.</source>
        <translation>此值已被其他项目使用。</translation>
    </message>
    <message>
        <source>A referenced item (category, image or article) does not exist.</source>
        <translation>引用的项目（分类、图片或文章）不存在。</translation>
    </message>
    <message>
        <source>A news issue holds at most 8 articles.</source>
        <translation>每期新闻最多包含 8 篇文章。</translation>
    </message>
    <message>
        <source>The database refused a value: %1</source>
        <translation>数据库拒绝了某个值：%1</translation>
    </message>
    <message>
        <source>The database took too long to answer and the query was cancelled (statement timeout). Try a narrower search or try again later.</source>
        <translation>数据库响应时间过长，查询已被取消（语句超时）。请缩小搜索范围或稍后重试。</translation>
    </message>
    <message>
        <source>This database has no NextEvent schema (or an incomplete one). Create or upgrade it first.</source>
        <translation>此数据库没有 NextEvent 架构（或架构不完整）。请先创建或升级架构。</translation>
    </message>
    <message>
        <source>Your database user is not allowed to do this.</source>
        <translation>您的数据库用户无权执行此操作。</translation>
    </message>
    <message>
        <source>The database is read-only (a replica or read-only mode).</source>
        <translation>数据库为只读状态（副本或只读模式）。</translation>
    </message>
    <message>
        <source>The database had to cancel the change because of a concurrent one; try again.</source>
        <translation>由于存在并发更改，数据库不得不取消此更改；请重试。</translation>
    </message>
    <message>
        <source>The database server is out of resources (disk, memory or connections).</source>
        <translation>数据库服务器资源不足（磁盘、内存或连接）。</translation>
    </message>
    <message>
        <source>The database connection was lost (the server may be restarting); retrying may work.</source>
        <translation>与数据库的连接已断开（服务器可能正在重启）；重试或许可以成功。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告了错误：%1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the user name or password.</source>
        <translation>PostgreSQL 拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The server accepts only encrypted (SSL) connections: set SSL mode to &quot;require&quot; or stricter.</source>
        <translation>服务器只接受加密 (SSL) 连接：请将 SSL 模式设为 &quot;require&quot; 或更严格的模式。</translation>
    </message>
    <message>
        <source>The server does not allow this user to connect to this database from this computer (pg_hba.conf).</source>
        <translation>服务器不允许此用户从这台计算机连接到此数据库 (pg_hba.conf)。</translation>
    </message>
    <message>
        <source>SSL is required by this profile but the server does not support it.</source>
        <translation>此配置要求使用 SSL，但服务器不支持。</translation>
    </message>
    <message>
        <source>The secure (SSL) connection failed: %1</source>
        <translation>安全 (SSL) 连接失败：%1</translation>
    </message>
    <message>
        <source>The database host name could not be found (DNS).</source>
        <translation>找不到数据库主机名 (DNS)。</translation>
    </message>
    <message>
        <source>The database server refused the connection: is PostgreSQL running on that host and port?</source>
        <translation>数据库服务器拒绝了连接：PostgreSQL 是否在该主机和端口上运行？</translation>
    </message>
    <message>
        <source>The database server did not answer in time (network or firewall).</source>
        <translation>数据库服务器未及时响应（网络或防火墙问题）。</translation>
    </message>
    <message>
        <source>That database does not exist on the server.</source>
        <translation>服务器上不存在该数据库。</translation>
    </message>
    <message>
        <source>That database user does not exist.</source>
        <translation>该数据库用户不存在。</translation>
    </message>
    <message>
        <source>The database server has no free connections; try again shortly.</source>
        <translation>数据库服务器没有空闲连接；请稍后重试。</translation>
    </message>
    <message>
        <source>The database server is restarting; retrying shortly.</source>
        <translation>数据库服务器正在重启；稍后将重试。</translation>
    </message>
    <message>
        <source>Could not connect to the database: %1</source>
        <translation>无法连接到数据库：%1</translation>
    </message>
    <message>
        <source>The connection was lost while saving; reload to see whether the change was saved.</source>
        <translation>保存时连接已断开；请重新加载，查看更改是否已保存。</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>计算机内存不足。</translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation>意外的数据库错误。</translation>
    </message>
    <message>
        <source>The list position is out of date; reload the list.</source>
        <translation>列表位置已过时；请重新加载列表。</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>上传已取消。</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its checksum; it changed or was damaged in transfer.</source>
        <translation>文件内容与其校验和不匹配；文件已被更改或在传输中损坏。</translation>
    </message>
    <message>
        <source>The file&apos;s content is not in the database.</source>
        <translation>文件内容不在数据库中。</translation>
    </message>
    <message>
        <source>The file&apos;s content is kept by the NextEvent server that received it; open it through that server.</source>
        <translation>文件内容由接收它的 NextEvent 服务器保存；请通过该服务器打开。</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Choose the image file first.</source>
        <translation>请先选择图片文件。</translation>
    </message>
    <message>
        <source>The image file has not been stored yet; add it again.</source>
        <translation>图片文件尚未存储；请重新添加。</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this application knows (%2). Update the application.</source>
        <translation>此数据库的架构版本为 %1，高于此应用程序所支持的版本（%2）。请更新应用程序。</translation>
    </message>
    <message>
        <source>Lost the live connection to the database; reconnecting… (%1)</source>
        <translation>与数据库的实时连接已断开；正在重新连接…（%1）</translation>
    </message>
    <message>
        <source>This %1 no longer exists; someone may have deleted it.</source>
        <translation>此%1已不存在；可能已被他人删除。</translation>
    </message>
    <message>
        <source>This database has no NextEvent schema. Create it with the administration action first.</source>
        <translation>此数据库没有 NextEvent 架构。请先使用管理操作创建架构。</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this application knows (%2). Update the application before changing data.</source>
        <translation>此数据库的架构版本为 %1，高于此应用程序所支持的版本（%2）。请先更新应用程序，再修改数据。</translation>
    </message>
    <message>
        <source>This database has schema version %1, older than this application needs (%2). Upgrade the schema first.</source>
        <translation>此数据库的架构版本为 %1，低于此应用程序所需的版本（%2）。请先升级架构。</translation>
    </message>
    <message>
        <source>Someone else changed this %1 since you opened it.</source>
        <translation>您打开此%1后，其他人修改了它。</translation>
    </message>
    <message>
        <source>A news issue&apos;s articles are changed one issue at a time.</source>
        <translation>新闻期刊的文章一次只能更改一期。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected items no longer exist; nothing was changed. Reload and try again.</source>
        <translation>
            <numerusform>所选项目中有 %n 个已不存在；未做任何更改。请重新加载后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a value of the wrong kind.</source>
        <translation>%1 的值类型错误。</translation>
    </message>
    <message>
        <source>“%1” is not a valid id.</source>
        <translation>“%1”不是有效的 ID。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Unexpected internal error.</source>
        <translation>意外的内部错误。</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>无法解码图片：%1</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation>无法创建工作区文件夹 %1。</translation>
    </message>
    <message>
        <source>This workspace was written by a newer NextEvent Admin (schema %1; this version knows up to %2). Update the app to open it.</source>
        <translation>此工作区由较新版本的 NextEvent Admin 写入（架构 %1；此版本最高支持 %2）。请更新应用程序后再打开。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本中缺少迁移 %1。</translation>
    </message>
    <message>
        <source>This slug is already used by another item. Choose a different slug.</source>
        <translation>此别名已被其他项目使用。请使用其他别名。</translation>
    </message>
    <message>
        <source>An issue can have only one main story, and each article appears once.</source>
        <translation>每期只能有一个头条，且每篇文章只能出现一次。</translation>
    </message>
    <message>
        <source>Another item already has this value.</source>
        <translation>其他项目已使用此值。</translation>
    </message>
    <message>
        <source>A referenced item (image, article or category) does not exist any more.</source>
        <translation>引用的项目（图片、文章或分类）已不存在。</translation>
    </message>
    <message>
        <source>The values break a rule of the workspace: %1</source>
        <translation>这些值违反了工作区的规则：%1</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to %1. Try again in a moment.</source>
        <translation>工作区正忙：另一个程序正在写入 %1。请稍后重试。</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only, so changes cannot be saved. Your edits are still in the form.</source>
        <translation>工作区 %1 为只读，无法保存更改。您的编辑仍保留在表单中。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a NextEvent workspace. Open another file or restore a backup.</source>
        <translation>%1 已损坏或不是 NextEvent 工作区。请打开其他文件或从备份恢复。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and save again; your edits are still here.</source>
        <translation>磁盘已满，未保存任何内容。请释放一些空间后再次保存；您的编辑仍然保留。</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: check that the folder exists and you may write to it.</source>
        <translation>无法打开工作区 %1：请检查该文件夹是否存在以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (disk error).</source>
        <translation>读写 %1 失败（磁盘错误）。</translation>
    </message>
    <message>
        <source>The workspace reported an error: %1</source>
        <translation>工作区报告了错误：%1</translation>
    </message>
    <message>
        <source>The list&apos;s order changed while it was loading. Refresh to start again.</source>
        <translation>列表加载期间顺序发生了变化。请刷新以重新开始。</translation>
    </message>
    <message>
        <source>Someone else deleted this %1 while you were editing it. Your edits are still in the form.</source>
        <translation>您编辑此%1时，其他人删除了它。您的编辑仍保留在表单中。</translation>
    </message>
    <message>
        <source>Someone else changed this %1 after you opened it.</source>
        <translation>您打开此%1后，其他人修改了它。</translation>
    </message>
    <message>
        <source>Articles are edited one issue at a time.</source>
        <translation>文章一次只能编辑一期。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected items were deleted by someone else, so nothing was changed. Refresh and try again.</source>
        <translation>
            <numerusform>所选项目中有 %n 个已被他人删除，因此未做任何更改。请刷新后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>无法显示图片：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>有 %n 个字段需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload queue file %1 cannot be opened.</source>
        <translation>无法打开上传队列文件 %1。</translation>
    </message>
    <message>
        <source>The upload queue file %1 cannot be used.</source>
        <translation>无法使用上传队列文件 %1。</translation>
    </message>
</context>
<context>
    <name>ne::UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>ne::UploadBatchEditDialog</name>
    <message numerus="yes">
        <source>Edit %n uploads</source>
        <translation>
            <numerusform>编辑 %n 个上传项</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. “Summit 2026 – ”</source>
        <translation>例如“2026 峰会 – ”</translation>
    </message>
    <message>
        <source>Keep (guessed from the file name)</source>
        <translation>保持不变（根据文件名推测）</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. keynote, day 1</source>
        <translation>以逗号分隔，例如：主题演讲, 第 1 天</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Title prefix:</source>
        <translation>标题前缀：</translation>
    </message>
    <message>
        <source>Image type:</source>
        <translation>图片类型：</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>添加标签：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>替代文本：</translation>
    </message>
    <message>
        <source>Empty fields keep what each file has. Files already uploaded are updated in the library.</source>
        <translation>留空的字段将保留各文件原有的值。已上传的文件会在媒体库中同步更新。</translation>
    </message>
</context>
<context>
    <name>ne::UploadCommand</name>
    <message>
        <source>Uploads images and videos (files or whole folders) into the library, the way the Uploads page does: checked, deduplicated by content, and made into records.</source>
        <translation>将图片和视频（文件或整个文件夹）上传到媒体库，处理方式与“上传”页面相同：经过检查、按内容去重，并生成记录。</translation>
    </message>
    <message>
        <source>Embedded workspace file to upload into.</source>
        <translation>要上传到的嵌入式工作区文件。</translation>
    </message>
    <message>
        <source>PostgreSQL to upload into (libpq conninfo or URI).</source>
        <translation>要上传到的 PostgreSQL（libpq conninfo 或 URI）。</translation>
    </message>
    <message>
        <source>Saved connection profile to upload into.</source>
        <translation>要上传到的已保存连接配置。</translation>
    </message>
    <message>
        <source>Largest video accepted, in MB (default %1).</source>
        <translation>可接受的最大视频大小，单位为 MB（默认 %1）。</translation>
    </message>
    <message>
        <source>Files uploaded at the same time (default %1).</source>
        <translation>同时上传的文件数（默认 %1）。</translation>
    </message>
    <message>
        <source>Files and folders to upload.</source>
        <translation>要上传的文件和文件夹。</translation>
    </message>
    <message>
        <source>Usage: nextevent-admin upload (--profile NAME | --workspace FILE | --pg CONNINFO) PATH…
</source>
        <translation>用法：nextevent-admin upload (--profile NAME | --workspace FILE | --pg CONNINFO) PATH…
</translation>
    </message>
    <message>
        <source>--max-video-mb and --parallel take a positive number.
</source>
        <translation>--max-video-mb 和 --parallel 需要正数。
</translation>
    </message>
    <message>
        <source>There is no saved connection profile named “%1”.</source>
        <translation>没有名为“%1”的已保存连接配置。</translation>
    </message>
    <message>
        <source>REST API connections are not available in this version yet.</source>
        <translation>此版本尚不支持 REST API 连接。</translation>
    </message>
    <message>
        <source>No password is saved for profile “%1”; connect once in the app and save it.</source>
        <translation>配置“%1”没有保存密码；请先在应用中连接一次并保存密码。</translation>
    </message>
    <message>
        <source>No files were found in %1.</source>
        <translation>在 %1 中未找到文件。</translation>
    </message>
    <message>
        <source>FAILED %1: %2
</source>
        <translation>失败 %1：%2
</translation>
    </message>
</context>
<context>
    <name>ne::UploadItem</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Checking file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Waiting for identical file</source>
        <translation>正在等待相同文件</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>正在查找重复项</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Creating record</source>
        <translation>正在创建记录</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation>已在媒体库中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ne::UploadQueue</name>
    <message>
        <source>Same file as %1, added just before.</source>
        <translation>与刚刚添加的 %1 为同一文件。</translation>
    </message>
    <message>
        <source>Waits for %1, which has the same content.</source>
        <translation>正在等待内容相同的 %1。</translation>
    </message>
    <message>
        <source>Finished after an interruption.</source>
        <translation>中断后已完成。</translation>
    </message>
    <message>
        <source>Already in the library as “%1”.</source>
        <translation>已在媒体库中，名为“%1”。</translation>
    </message>
    <message>
        <source>%1 changed after it was checked; it was not added. Retry to upload it as it is now.</source>
        <translation>%1 在检查后发生了变化，未被添加。请重试以上传其当前版本。</translation>
    </message>
    <message>
        <source>The backend is unavailable (%1) Trying again in %2 s.</source>
        <translation>后端不可用（%1）。%2 s 后重试。</translation>
    </message>
</context>
<context>
    <name>ne::UploadStatusWidget</name>
    <message>
        <source>Show the uploads</source>
        <translation>显示上传</translation>
    </message>
    <message>
        <source>Uploads paused · %1</source>
        <translation>上传已暂停 · %1</translation>
    </message>
</context>
<context>
    <name>ne::UploadTableModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ne::UploadTotalsText</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files</source>
        <translation>
            <numerusform>%1 / %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 of %2</source>
        <translation> · %1 / %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 剩余约 %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>已添加 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n 个已在媒体库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload finished: %1.</source>
        <translation>上传完成：%1。</translation>
    </message>
</context>
<context>
    <name>ne::UploadsPage</name>
    <message>
        <source>Uploads</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成项</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>编辑详细信息…</translation>
    </message>
    <message>
        <source>Start no new uploads; files in flight finish.</source>
        <translation>不再开始新的上传；正在传输的文件会继续完成。</translation>
    </message>
    <message>
        <source>Cancel the selected files, or all unfinished ones when none is selected.</source>
        <translation>取消所选文件；如果未选择任何文件，则取消所有未完成的文件。</translation>
    </message>
    <message>
        <source>Set title prefix, type, tags, category and alt text for the selected files (or all).</source>
        <translation>为所选文件（或全部文件）设置标题前缀、类型、标签、分类和替代文本。</translation>
    </message>
    <message>
        <source>Drop photos and videos here</source>
        <translation>将照片和视频拖放到此处</translation>
    </message>
    <message>
        <source>Whole folders too — hundreds of files at once. Each file is checked, uploaded and becomes an image or video you can edit. Files already in the library are linked, never uploaded twice.</source>
        <translation>也可以拖放整个文件夹 — 一次可处理数百个文件。每个文件都会经过检查并上传，成为可编辑的图片或视频。已在媒体库中的文件会直接关联，绝不会重复上传。</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Images and videos (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi)</source>
        <translation>图片和视频 (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The uploaded files could not be updated: %1</source>
        <translation>无法更新已上传的文件：%1</translation>
    </message>
    <message>
        <source>Finding files… %1</source>
        <translation>正在查找文件… %1</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>已暂停 · %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>上传已完成</translation>
    </message>
</context>
<context>
    <name>ne::ValueFormatter</name>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
</TS>
