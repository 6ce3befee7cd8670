// SPDX-License-Identifier: MIT
// Drives an EntityPage offscreen the way an editor would: the form, the table, bulk
// actions and the conflict dialog, over a real embedded workspace.
#include "Await.h"
#include "SmallDisk.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/Prompter.h"
#include "entities/EntityForm.h"
#include "entities/EntityPage.h"
#include "paging/CursorTableModel.h"
#include "store/sqlite/SqliteRepository.h"
#include "store/sqlite/SqliteStore.h"
#include "widgets/MessageBar.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ne;

namespace {

/// Answers the conflict question by script and remembers what it was shown.
class ScriptedPrompter : public Prompter
{
public:
    ConflictChoice answer = ConflictChoice::KeepMine;
    int conflicts = 0;
    QVariantMap lastTheirs;

    void resolveConflict(QWidget *, EntityKind, const QVariantMap &, const QVariantMap &theirs,
                         std::function<void(ConflictChoice)> done) override
    {
        ++conflicts;
        lastTheirs = theirs;
        done(answer);
    }
};

QVariantMap article(const QString &title)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("content"), QStringLiteral("Body")},
            {QStringLiteral("type"), QStringLiteral("standard")}};
}

} // namespace

class TestEntityPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsArticleThroughFormAndFindsItInTable();
    void showsFieldErrorAndKeepsInput();
    void bulkPublishesThreeRows();
    void headerSortsOnlySortableColumns();
    void conflictDialogOverwriteAndReload();
    void rendersConflictDialogAndEmptyTrash();
    void keepsEditsWhenWorkspaceIsLocked();
    void keepsEditsWhenDiskIsFull();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qFatal("missing child %s", qPrintable(name));
        return w;
    }
    void waitForRows();
    /// After a failed save: the stored row is still the one opened, and one more click on
    /// Save stores the edits the form kept (editedTitle).
    void verifyUnsavedThenRetry(const Record &opened, const QString &editedTitle);
    void openWorkspace(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MessageBar> m_bar;
    std::unique_ptr<EntityPage> m_page;
    QStringList m_ids;
};

void TestEntityPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    openWorkspace(m_dir->filePath(QStringLiteral("w.nextevent")));
}

void TestEntityPage::openWorkspace(const QString &path)
{
    m_page.reset();
    m_store = std::make_unique<SqliteStore>(path);
    test::await(m_store->open());
    m_ids.clear();
    for (int i = 0; i < 5; ++i)
        m_ids.append(m_store->repository()
                         .create(EntityKind::Article, article(QStringLiteral("Seed %1").arg(i)))
                         .id());
    m_prompter = std::make_unique<ScriptedPrompter>();
    m_bar = std::make_unique<MessageBar>();
    m_page = std::make_unique<EntityPage>(EntityKind::Article, m_store.get(), m_prompter.get(),
                                          m_bar.get());
    m_page->resize(1400, 800);
    m_page->show();
    m_page->activate();
    waitForRows();
}

void TestEntityPage::cleanup()
{
    m_page.reset();
    m_bar.reset();
    m_store.reset();
    m_dir.reset();
}

void TestEntityPage::waitForRows()
{
    QVERIFY(QTest::qWaitFor(
        [this] { return m_page->model()->rowCount() > 0 && !m_page->model()->isLoading(); }, 5000));
}

void TestEntityPage::verifyUnsavedThenRetry(const Record &opened, const QString &editedTitle)
{
    const Record stored = m_store->repository().get(EntityKind::Article, opened.id());
    QCOMPARE(stored.version(), opened.version());
    QCOMPARE(stored.value(keys::title), opened.value(keys::title));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_store->repository().get(EntityKind::Article, opened.id()).value(keys::title) ==
                   editedTitle;
        },
        5000));
}

void TestEntityPage::createsArticleThroughFormAndFindsItInTable()
{
    QTest::mouseClick(child<QPushButton>(QStringLiteral("newButton")), Qt::LeftButton);
    QVERIFY(m_page->form()->isNew());
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("titleEdit")),
                     QStringLiteral("Harbour regatta 2027"));
    QTest::keyClicks(child<QPlainTextEdit>(QStringLiteral("contentEdit")),
                     QStringLiteral("Sails up."));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_page->form()->isNew(); }, 5000));
    QCOMPARE(m_page->form()->record().value(QStringLiteral("title")).toString(),
             QStringLiteral("Harbour regatta 2027"));

    QTest::keyClicks(child<QLineEdit>(QStringLiteral("searchEdit")), QStringLiteral("regatta"));
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_page->model()->rowCount() == 1 && !m_page->model()->isLoading() &&
                   m_page->model()->query().search == QStringLiteral("regatta");
        },
        5000));
    QCOMPARE(m_page->model()->record(0).value(QStringLiteral("title")).toString(),
             QStringLiteral("Harbour regatta 2027"));
}

void TestEntityPage::showsFieldErrorAndKeepsInput()
{
    QTest::mouseClick(child<QPushButton>(QStringLiteral("newButton")), Qt::LeftButton);
    const QString longTitle(600, u'x');
    child<QLineEdit>(QStringLiteral("titleEdit"))->setText(longTitle);
    QTest::keyClicks(child<QPlainTextEdit>(QStringLiteral("contentEdit")), QStringLiteral("Body"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_bar->text().isEmpty(); }, 5000));
    QVERIFY(m_page->form()->errorText(QStringLiteral("title")).contains(QStringLiteral("500")));
    QCOMPARE(child<QLineEdit>(QStringLiteral("titleEdit"))->text(), longTitle);
    QVERIFY(m_page->form()->isNew());
}

void TestEntityPage::headerSortsOnlySortableColumns()
{
    QTableView *table = m_page->tableView();
    QHeaderView *header = table->horizontalHeader();
    CursorTableModel *model = m_page->model();
    auto clickHeader = [&](const QString &key) {
        const int column = model->columnOf(key);
        QVERIFY(column >= 0);
        table->scrollTo(model->index(0, column));
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };

    clickHeader(keys::title);
    QVERIFY(QTest::qWaitFor(
        [&] { return model->query().sortKey == keys::title && !model->isLoading(); }, 5000));
    QCOMPARE(header->sortIndicatorSection(), model->columnOf(keys::title));
    const Qt::SortOrder byTitle = model->query().order;
    QCOMPARE(header->sortIndicatorOrder(), byTitle);
    QCOMPARE(model->record(0).value(keys::title).toString(),
             byTitle == Qt::AscendingOrder ? QStringLiteral("Seed 0") : QStringLiteral("Seed 4"));

    // Status filters but does not sort: the click changes nothing, and the arrow stays put.
    clickHeader(keys::status);
    QCOMPARE(model->query().sortKey, keys::title);
    QCOMPARE(header->sortIndicatorSection(), model->columnOf(keys::title));
    QCOMPARE(header->sortIndicatorOrder(), byTitle);
    QCOMPARE(header->model()
                 ->headerData(model->columnOf(keys::status), Qt::Horizontal, Qt::ToolTipRole)
                 .toString(),
             CursorTableModel::tr("This column cannot be sorted."));
}

void TestEntityPage::bulkPublishesThreeRows()
{
    QTableView *table = m_page->tableView();
    table->selectionModel()->select(
        QItemSelection(m_page->model()->index(0, 0), m_page->model()->index(2, 0)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList chosen = m_page->selectedIds();
    QCOMPARE(chosen.size(), 3);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("publishButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QString &id : chosen) {
                if (m_store->repository().get(EntityKind::Article, id).value(keys::status) !=
                    QStringLiteral("published"))
                    return false;
            }
            return true;
        },
        5000));
    int published = 0;
    for (const QString &id : std::as_const(m_ids))
        published += m_store->repository().get(EntityKind::Article, id).value(keys::status) ==
                     QStringLiteral("published");
    QCOMPARE(published, 3);
}

void TestEntityPage::conflictDialogOverwriteAndReload()
{
    m_page->tableView()->selectRow(0);
    QVERIFY(QTest::qWaitFor([this] { return !m_page->form()->record().isNull(); }, 5000));
    const Record opened = m_page->form()->record();
    QVERIFY(opened.contains(QStringLiteral("content"))); // the full row, not the table's slice
    // Another editor saves the same row first.
    m_store->repository().update(EntityKind::Article, opened.id(),
                                 {{keys::title, QStringLiteral("Theirs")}}, opened.version());

    auto *title = child<QLineEdit>(QStringLiteral("titleEdit"));
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Mine"));
    m_prompter->answer = ConflictChoice::Overwrite;
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_prompter->conflicts == 1; }, 5000));
    QCOMPARE(m_prompter->lastTheirs.value(keys::title).toString(), QStringLiteral("Theirs"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_store->repository().get(EntityKind::Article, opened.id()).value(keys::title) ==
                   QStringLiteral("Mine");
        },
        5000));

    // Again, but this time the editor takes the other version.
    const Record current = m_store->repository().get(EntityKind::Article, opened.id());
    QVERIFY(QTest::qWaitFor([&] { return m_page->form()->record().version() == current.version(); },
                            5000));
    m_store->repository().update(EntityKind::Article, opened.id(),
                                 {{keys::title, QStringLiteral("Theirs again")}},
                                 current.version());
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Mine again"));
    m_prompter->answer = ConflictChoice::Reload;
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_prompter->conflicts == 2; }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return title->text() == QStringLiteral("Theirs again"); }, 5000));
    QCOMPARE(
        m_store->repository().get(EntityKind::Article, opened.id()).value(keys::title).toString(),
        QStringLiteral("Theirs again"));
}

void TestEntityPage::rendersConflictDialogAndEmptyTrash()
{
    // The real dialog, filled from two versions of a row: it must list the differing field.
    const Record mine = m_store->repository().get(EntityKind::Article, m_ids.first());
    QVariantMap theirs = mine.values();
    theirs.insert(keys::title, QStringLiteral("Their title"));
    ConflictDialog dialog(EntityKind::Article, {{keys::title, QStringLiteral("My title")}}, theirs);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("differencesTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Their title"));

    QTest::mouseClick(child<QToolButton>(QStringLiteral("trashButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [this] { return m_page->model()->query().trash && !m_page->model()->isLoading(); }, 5000));
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto *empty = m_page->findChild<QWidget *>(QStringLiteral("emptyState"));
    QVERIFY(empty && empty->isVisible());

    // NE_SCREENSHOT_DIR=… keeps the renders, to look at them.
    if (const QString dir = qEnvironmentVariable("NE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.resize(640, 300);
        dialog.grab().save(dir + QStringLiteral("/conflict-dialog.png"));
        m_page->grab().save(dir + QStringLiteral("/empty-trash.png"));
    }
}

void TestEntityPage::keepsEditsWhenWorkspaceIsLocked()
{
    m_page->tableView()->selectRow(0);
    QVERIFY(QTest::qWaitFor([this] { return !m_page->form()->record().isNull(); }, 5000));
    const Record opened = m_page->form()->record();
    auto *title = child<QLineEdit>(QStringLiteral("titleEdit"));
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Mine while locked"));

    // Another program holds the write lock for longer than the store waits (5 s).
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("l"));
    other.setDatabaseName(m_store->path());
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    const bool told =
        QTest::qWaitFor([this] { return m_bar->text().contains(QStringLiteral("busy")); }, 20000);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("l"));
    QVERIFY2(told, qPrintable(m_bar->text()));
    QVERIFY(m_bar->text().contains(m_store->path()));
    QCOMPARE(title->text(), QStringLiteral("Mine while locked"));
    // The edits were kept, so saving again once the lock is gone just works.
    verifyUnsavedThenRetry(opened, QStringLiteral("Mine while locked"));
}

void TestEntityPage::keepsEditsWhenDiskIsFull()
{
    SmallDisk disk(8 * 1024 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.error()));
    openWorkspace(disk.filePath(QStringLiteral("full.nextevent")));
    m_page->tableView()->selectRow(0);
    QVERIFY(QTest::qWaitFor([this] { return !m_page->form()->record().isNull(); }, 5000));
    const Record opened = m_page->form()->record();
    auto *title = child<QLineEdit>(QStringLiteral("titleEdit"));
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Long read"));
    // A long body needs many new pages; on a full disk none can be written.
    const QString body = QString(63, u'x').append(u'\n').repeated(8 * 1024); // 512 KiB
    child<QPlainTextEdit>(QStringLiteral("contentEdit"))->setPlainText(body);
    QVERIFY(disk.fill());

    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor(
                 [this] { return m_bar->text().contains(QStringLiteral("disk is full")); }, 10000),
             qPrintable(m_bar->text()));
    QCOMPARE(title->text(), QStringLiteral("Long read"));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("contentEdit"))->toPlainText().size(),
             body.size());
    disk.release();
    // Room again: the same edits save with one more click.
    verifyUnsavedThenRetry(opened, QStringLiteral("Long read"));
    m_page.reset(); // before the disk goes, so nothing holds the workspace open
    m_store.reset();
}

QTEST_MAIN(TestEntityPage)
#include "TestEntityPage.moc"
