// SPDX-License-Identifier: MIT
#include "dashboard/RouteTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ne;

/// The busiest-routes table under QAbstractItemModelTester.
class TestRouteTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsRoutes();
    void namesColumnsPerSource();
};

void TestRouteTableModel::showsRoutes()
{
    RouteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRoutes({RouteStats{"GET", "/api/v2/articles", 12.5, 0.25, 0.2071, std::nullopt},
                     RouteStats{"POST", "/api/v2/images", 1, 0, std::nullopt, std::nullopt}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(RouteTableModel::ColumnCount));
    QCOMPARE(model.index(0, RouteTableModel::Route).data().toString(),
             QStringLiteral("/api/v2/articles"));
    QCOMPARE(model.index(0, RouteTableModel::Rate).data().toString(),
             QLocale().toString(12.5, 'f', 1));
    QVERIFY(model.index(0, RouteTableModel::P95).data().toString().contains(QStringLiteral("207")));
    QCOMPARE(model.index(1, RouteTableModel::P95).data().toString(), QStringLiteral("no traffic"));
    QVERIFY(model.index(0, RouteTableModel::Errors).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(1, RouteTableModel::Errors).data(Qt::ForegroundRole).isValid());
    model.setRoutes({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRouteTableModel::namesColumnsPerSource()
{
    RouteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto header = [&](int column) {
        return model.headerData(column, Qt::Horizontal).toString();
    };
    QCOMPARE(header(RouteTableModel::Route), QStringLiteral("Route"));

    RouteStats list{"sqlite", "list", 4, 0.5, 0.012, std::nullopt};
    model.setRoutes({list}, TrafficKind::StoreCalls);
    QCOMPARE(header(RouteTableModel::Method), QStringLiteral("Backend"));
    QCOMPARE(header(RouteTableModel::Route), QStringLiteral("Operation"));
    QCOMPARE(header(RouteTableModel::Errors), QStringLiteral("Failures/s"));
    QCOMPARE(model.index(0, RouteTableModel::Method).data().toString(), QStringLiteral("sqlite"));

    // pg_stat_statements: a mean, no distribution and no error count.
    RouteStats statement{"", "SELECT * FROM t WHERE id = $1", 30, 0, std::nullopt, 0.0042};
    model.setRoutes({statement}, TrafficKind::Database);
    QCOMPARE(header(RouteTableModel::Route), QStringLiteral("Statement"));
    QCOMPARE(header(RouteTableModel::P95), QStringLiteral("Mean"));
    QVERIFY(model.index(0, RouteTableModel::P95).data().toString().contains(QStringLiteral("4.2")));
    QVERIFY(!model.index(0, RouteTableModel::Errors).data().isValid());
}

QTEST_MAIN(TestRouteTableModel)
#include "TestRouteTableModel.moc"
