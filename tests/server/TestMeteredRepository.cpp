// SPDX-License-Identifier: MIT
// MeteredRepository against a real PostgreSQL: what db_query_duration_seconds records for a
// list whose rows are written out as they arrive.
#include "MeteredRepository.h"
#include "ServerHarness.h"
#include "metrics/Registry.h"

#include <QRegularExpression>
#include <QtTest>

#include <thread>

using namespace ne;
using namespace ne::server;

class TestMeteredRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_harness.setUp(QStringLiteral("metered"));
        if (!error.isEmpty())
            QFAIL(qPrintable(error));
        m_repo = PgRepository::connect(m_harness.databaseUri());
    }

    void listTimeLeavesOutTheRowWriter()
    {
        for (int i = 0; i < 4; ++i)
            m_repo->create(EntityKind::Article,
                           {{QStringLiteral("title"), QStringLiteral("Metered %1").arg(i)},
                            {QStringLiteral("content"), QStringLiteral("<p>x</p>")}});
        Registry registry;
        ServerMetrics metrics(registry);
        MeteredRepository metered(m_repo, metrics);
        Query q;
        q.kind = EntityKind::Article;
        // A writer far slower than the query: 4 rows x 150 ms, where the query takes a few
        // milliseconds. Counted in, the recorded time could not be under 0.6 s.
        int visited = 0;
        const Page page = metered.listRows(q, {}, 10, [&](const PgRowText &) {
            ++visited;
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
        });
        QCOMPARE(visited, 4);
        QCOMPARE(page.records.size(), 0); // rows went to the visitor, not into Records
        const QByteArray text = registry.exposition();
        static const QRegularExpression sum(QStringLiteral(
            R"(db_query_duration_seconds_sum\{operation="select",table="site_articles"\} (\S+))"));
        const QRegularExpressionMatch m = sum.match(QString::fromUtf8(text));
        QVERIFY2(m.hasMatch(), text.constData());
        const double seconds = m.captured(1).toDouble();
        QVERIFY2(seconds > 0 && seconds < 0.6, qPrintable(m.captured(0)));
    }

private:
    ServerHarness m_harness;
    std::shared_ptr<PgRepository> m_repo;
};

QTEST_GUILESS_MAIN(TestMeteredRepository)
#include "TestMeteredRepository.moc"
