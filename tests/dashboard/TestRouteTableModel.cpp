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
};

void TestRouteTableModel::showsRoutes()
{
    RouteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRoutes({RouteStats{"GET", "/api/v2/articles", 12.5, 0.25, 0.2071},
                     RouteStats{"POST", "/api/v2/images", 1, 0, std::nullopt}});
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

QTEST_MAIN(TestRouteTableModel)
#include "TestRouteTableModel.moc"
