// SPDX-License-Identifier: MIT
// The admin's scroll bars: where their parts are, and that painting one never waits for
// Qt's global thread pool (Fusion's does, which stalled scrolling; see AppStyle.h).
#include "shell/AppStyle.h"

#include "GlobalPoolHold.h"

#include <QImage>
#include <QScrollBar>
#include <QStyleFactory>
#include <QStyleOptionSlider>
#include <QtTest>

#include <memory>

using namespace ne;

namespace {

/// Paints `bar`; true when painting did not wait for Qt's global pool.
bool paintsWithoutThePool(QScrollBar &bar, int patienceMs)
{
    QImage canvas(bar.size(), QImage::Format_RGB32);
    return test::runsWithoutTheGlobalPool([&] { bar.render(&canvas); }, patienceMs);
}

QStyleOptionSlider barOption(Qt::Orientation orientation, QRect rect, int value)
{
    QStyleOptionSlider o;
    o.orientation = orientation;
    o.rect = rect;
    o.minimum = 0;
    o.maximum = 900;
    o.pageStep = 100;
    o.sliderPosition = o.sliderValue = value;
    o.state = QStyle::State_Enabled;
    if (orientation == Qt::Horizontal)
        o.state |= QStyle::State_Horizontal;
    return o;
}

} // namespace

class TestAppStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrollBarPartsFollowTheValue_data()
    {
        QTest::addColumn<Qt::Orientation>("orientation");
        QTest::newRow("vertical") << Qt::Vertical;
        QTest::newRow("horizontal") << Qt::Horizontal;
    }

    void scrollBarPartsFollowTheValue()
    {
        QFETCH(Qt::Orientation, orientation);
        AppStyle style;
        const bool vertical = orientation == Qt::Vertical;
        const QRect rect = vertical ? QRect(0, 0, 12, 1000) : QRect(0, 0, 1000, 12);
        auto along = [vertical](const QRect &r) { return vertical ? r.top() : r.left(); };
        auto length = [vertical](const QRect &r) { return vertical ? r.height() : r.width(); };

        QStyleOptionSlider top = barOption(orientation, rect, 0);
        // No arrow buttons: the groove is the whole bar.
        QCOMPARE(style.subControlRect(QStyle::CC_ScrollBar, &top, QStyle::SC_ScrollBarGroove),
                 rect);
        QVERIFY(style.subControlRect(QStyle::CC_ScrollBar, &top, QStyle::SC_ScrollBarAddLine)
                    .isEmpty());
        QVERIFY(style.subControlRect(QStyle::CC_ScrollBar, &top, QStyle::SC_ScrollBarSubLine)
                    .isEmpty());
        // A page of 100 out of 1,000 values: the handle is a tenth of the bar.
        const QRect first =
            style.subControlRect(QStyle::CC_ScrollBar, &top, QStyle::SC_ScrollBarSlider);
        QCOMPARE(along(first), 0);
        QCOMPARE(length(first), 100);

        QStyleOptionSlider middle = barOption(orientation, rect, 450);
        const QRect mid =
            style.subControlRect(QStyle::CC_ScrollBar, &middle, QStyle::SC_ScrollBarSlider);
        QCOMPARE(along(mid), 450);
        const QRect before =
            style.subControlRect(QStyle::CC_ScrollBar, &middle, QStyle::SC_ScrollBarSubPage);
        const QRect after =
            style.subControlRect(QStyle::CC_ScrollBar, &middle, QStyle::SC_ScrollBarAddPage);
        QCOMPARE(length(before) + length(mid) + length(after), 1000);
        // Clicks land on the part under them.
        QCOMPARE(style.hitTestComplexControl(QStyle::CC_ScrollBar, &middle, mid.center()),
                 QStyle::SC_ScrollBarSlider);
        QCOMPARE(style.hitTestComplexControl(QStyle::CC_ScrollBar, &middle, before.center()),
                 QStyle::SC_ScrollBarSubPage);
        QCOMPARE(style.hitTestComplexControl(QStyle::CC_ScrollBar, &middle, after.center()),
                 QStyle::SC_ScrollBarAddPage);

        // A huge range keeps a handle big enough to grab.
        QStyleOptionSlider huge = barOption(orientation, rect, 0);
        huge.maximum = 10'000'000;
        QCOMPARE(
            length(style.subControlRect(QStyle::CC_ScrollBar, &huge, QStyle::SC_ScrollBarSlider)),
            style.pixelMetric(QStyle::PM_ScrollBarSliderMin));
    }

    void paintingATallBarNeverWaitsForThePool()
    {
        QScrollBar bar(Qt::Vertical);
        bar.setRange(0, 100'000);
        bar.setPageStep(40);
        bar.setValue(50'000);
        bar.resize(12, 900);

        AppStyle admin;
        bar.setStyle(&admin);
        QVERIFY(paintsWithoutThePool(bar, 10'000));

        // The check can fail: Qt's Fusion does wait for the pool on such a bar.
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        bar.setStyle(fusion.get());
        bar.resize(14, 900);
        QVERIFY(!paintsWithoutThePool(bar, 500));
    }
};

QTEST_MAIN(TestAppStyle)
#include "TestAppStyle.moc"
