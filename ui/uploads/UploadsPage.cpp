// SPDX-License-Identifier: MIT
#include "UploadsPage.h"

#include "FileDropFilter.h"
#include "UploadBatchEditDialog.h"
#include "UploadNotifier.h"
#include "UploadProgressDelegate.h"
#include "UploadStatusWidget.h"
#include "UploadTableModel.h"
#include "schema/EntitySchema.h"
#include "shell/Icons.h"
#include "store/Store.h"
#include "upload/UploadQueue.h"
#include "upload/UploadRecordDraft.h"
#include "upload/UploadTotalsText.h"
#include "widgets/MessageBar.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ne {

namespace {
constexpr int kRefreshMs = 250;
}

UploadsPage::UploadsPage(UploadQueue *queue, Store *store, MessageBar *messages, QWidget *parent)
    : AdminPage(parent)
    , m_queue(queue)
    , m_store(store)
    , m_messages(messages)
    , m_model(new UploadTableModel(queue, this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_overall(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_statusWidget(new UploadStatusWidget(queue, this))
    , m_notifier(new UploadNotifier(this, this))
{
    setObjectName(QStringLiteral("uploadsPage"));
    m_table->setObjectName(QStringLiteral("uploadsTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(UploadTableModel::ProgressColumn,
                                      new UploadProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setIconSize(QSize(40, 40));
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(46);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(UploadTableModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(UploadTableModel::NameColumn, 300);
    header->resizeSection(UploadTableModel::SizeColumn, 90);
    header->resizeSection(UploadTableModel::StateColumn, 170);
    header->resizeSection(UploadTableModel::ProgressColumn, 150);
    header->resizeSection(UploadTableModel::SpeedColumn, 100);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(m_table);
    m_overall->setObjectName(QStringLiteral("overallProgressBar"));
    m_overall->setRange(0, 1000);
    m_overall->setTextVisible(false);
    m_overall->setMaximumHeight(10);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    auto *footer = new QHBoxLayout;
    footer->setSpacing(10);
    footer->addWidget(m_overall, 1);
    footer->addWidget(m_summary, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_stack, 1);
    layout->addLayout(footer);

    auto *drops = new FileDropFilter(this);
    connect(drops, &FileDropFilter::pathsDropped, this, &UploadsPage::addPaths);
    connect(m_statusWidget, &UploadStatusWidget::clicked, this, [this] { window()->raise(); });

    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &UploadsPage::refresh);
    connect(queue, &UploadQueue::rowsReset, this, &UploadsPage::refresh);
    connect(queue, &UploadQueue::rowsInserted, this, [this] {
        refresh();
        m_refresh.start();
    });
    connect(queue, &UploadQueue::rowChanged, this, [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    connect(queue, &UploadQueue::pausedChanged, this, &UploadsPage::refresh);
    connect(queue, &UploadQueue::batchFinished, this, &UploadsPage::onBatchFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UploadsPage::refresh);
    refresh();
}

UploadsPage::~UploadsPage()
{
    delete m_statusWidget; // it may live in the window's status bar, which outlives pages
}

UploadStatusWidget *UploadsPage::statusWidget() const
{
    return m_statusWidget;
}

QString UploadsPage::title() const
{
    return tr("Uploads");
}

QIcon UploadsPage::icon() const
{
    return Icons::get("uploads");
}

QWidget *UploadsPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    const auto button = [bar, row](const char *icon, const QString &text, const char *name) {
        auto *b = new QPushButton(*icon ? Icons::get(icon) : QIcon(), text, bar);
        b->setObjectName(QLatin1String(name));
        row->addWidget(b);
        return b;
    };
    auto *addFiles = button("add", tr("Add files…"), "addFilesButton");
    auto *addFolder = button("add", tr("Add folder…"), "addFolderButton");
    row->addSpacing(12);
    m_pause = button("", tr("Pause"), "pauseButton");
    m_cancel = button("delete", tr("Cancel"), "cancelButton");
    m_retry = button("refresh", tr("Retry failed"), "retryButton");
    m_clear = button("archive", tr("Clear finished"), "clearFinishedButton");
    row->addSpacing(12);
    m_edit = button("settings", tr("Edit details…"), "editDetailsButton");
    row->addStretch();
    addFiles->setDefault(true);
    m_pause->setToolTip(tr("Start no new uploads; files in flight finish."));
    m_cancel->setToolTip(tr("Cancel the selected files, or all unfinished ones when none is "
                            "selected."));
    m_edit->setToolTip(tr("Set title prefix, type, tags, category and alt text for the selected "
                          "files (or all)."));
    connect(addFiles, &QPushButton::clicked, this, [this] { chooseFiles(false); });
    connect(addFolder, &QPushButton::clicked, this, [this] { chooseFiles(true); });
    connect(m_pause, &QPushButton::clicked, this,
            [this] { m_queue->isPaused() ? m_queue->resume() : m_queue->pause(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        ids.isEmpty() ? m_queue->cancelAll() : m_queue->cancel(ids);
    });
    connect(m_retry, &QPushButton::clicked, m_queue, &UploadQueue::retryFailed);
    connect(m_clear, &QPushButton::clicked, m_queue, &UploadQueue::clearFinished);
    connect(m_edit, &QPushButton::clicked, this, &UploadsPage::editSelected);
    return bar;
}

QWidget *UploadsPage::buildEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("uploadsEmptyState"));
    auto *icon = new QLabel(empty);
    icon->setPixmap(Icons::get("uploads").pixmap(64, 64));
    auto *title = new QLabel(tr("Drop photos and videos here"), empty);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *hint = new QLabel(tr("Whole folders too — hundreds of files at once. Each file is "
                               "checked, uploaded and becomes an image or video you can edit. "
                               "Files already in the library are linked, never uploaded twice."),
                            empty);
    hint->setWordWrap(true);
    // Centred items get their size hint, not their height-for-width: give both.
    hint->setFixedWidth(480);
    hint->setMinimumHeight(hint->heightForWidth(480));
    hint->setEnabled(false);
    auto *files = new QPushButton(Icons::get("add"), tr("Add files…"), empty);
    files->setObjectName(QStringLiteral("emptyAddFilesButton"));
    auto *folder = new QPushButton(Icons::get("add"), tr("Add folder…"), empty);
    folder->setObjectName(QStringLiteral("emptyAddFolderButton"));
    connect(files, &QPushButton::clicked, this, [this] { chooseFiles(false); });
    connect(folder, &QPushButton::clicked, this, [this] { chooseFiles(true); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(files);
    buttons->addWidget(folder);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(empty);
    layout->setSpacing(12);
    layout->addStretch(2);
    for (QLabel *label : {icon, title, hint}) {
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label, 0, Qt::AlignHCenter);
    }
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return empty;
}

void UploadsPage::chooseFiles(bool folder)
{
    // Not the static helpers: those spin a nested event loop.
    auto *dialog = new QFileDialog(this, folder ? tr("Add a folder") : tr("Add files"));
    dialog->setObjectName(QStringLiteral("uploadFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFiles);
    if (!folder)
        dialog->setNameFilters({tr("Images and videos (*.jpg *.jpeg *.png *.gif *.webp *.bmp "
                                   "*.tif *.tiff *.mp4 *.mov *.m4v *.webm *.mkv *.avi)"),
                                tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &UploadsPage::addPaths);
    dialog->open();
}

void UploadsPage::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_queue->addPaths(paths);
    m_refresh.start();
}

QList<qint64> UploadsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(UploadTableModel::IdRole).toLongLong());
    return ids;
}

void UploadsPage::editSelected()
{
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        for (int row = 0; row < m_queue->count(); ++row)
            ids.append(m_queue->at(row).id);
    }
    if (ids.isEmpty())
        return;
    auto *dialog = new UploadBatchEditDialog(m_store, int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        const QVariantMap edits = dialog->edits();
        if (edits.isEmpty())
            return;
        m_queue->setEdits(ids, edits);
        applyToRecords(ids, edits);
    });
    dialog->open();
}

void UploadsPage::applyToRecords(const QList<qint64> &ids, const QVariantMap &edits)
{
    QHash<EntityKind, QStringList> records;
    for (qint64 id : ids) {
        const int row = m_queue->rowOf(id);
        if (row < 0)
            continue;
        const UploadItem &item = m_queue->at(row);
        if ((item.state == UploadItem::State::Done || item.state == UploadItem::State::Duplicate) &&
            !item.recordId.isEmpty() && !records[item.kind].contains(item.recordId))
            records[item.kind].append(item.recordId);
    }
    const QString prefix = edits.value(UploadRecordDraft::kTitlePrefix).toString();
    const auto fail = [this](const StoreError &e) {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("The uploaded files could not be updated: %1").arg(e.message()));
    };
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        const EntityKind kind = it.key();
        const EntitySchema &schema = EntitySchema::of(kind);
        QVariantMap changes;
        for (auto e = edits.cbegin(); e != edits.cend(); ++e) {
            const Field *f = schema.field(e.key());
            if (f && f->isEditable())
                changes.insert(e.key(), e.value());
        }
        if (prefix.isEmpty()) {
            if (!changes.isEmpty())
                m_store->updateMany(kind, it.value(), changes)
                    .then([](int) {})
                    .onFailed(this, fail);
            continue;
        }
        // Each title differs, so each row is one update with everything (a separate
        // updateMany would race it and bump the version under it).
        const int max = schema.field(u"title")->maxLength();
        for (const QString &id : it.value()) {
            m_store->get(kind, id)
                .then(this,
                      [this, kind, id, prefix, max, changes](const Record &r) {
                          QVariantMap row = changes;
                          row.insert(
                              QStringLiteral("title"),
                              UploadRecordDraft::clip(
                                  prefix + r.value(QStringLiteral("title")).toString(), max));
                          return m_store->update(kind, id, row, r.version());
                      })
                .unwrap()
                .then([](const Record &) {})
                .onFailed(this, fail);
        }
    }
}

void UploadsPage::refresh()
{
    const UploadQueue::Totals t = m_queue->totals();
    m_stack->setCurrentIndex(t.count == 0 ? 0 : 1);
    m_overall->setValue(t.bytesTotal > 0 ? int(t.bytesDone * 1000 / t.bytesTotal) : 0);
    m_overall->setVisible(t.count > 0);
    QString summary = UploadTotalsText::summary(t);
    if (m_queue->isWalking())
        summary = tr("Finding files… %1").arg(summary);
    if (m_queue->isPaused())
        summary = tr("Paused · %1").arg(summary);
    m_summary->setText(summary);
    m_pause->setText(m_queue->isPaused() ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(t.active > 0 || m_queue->isPaused());
    m_cancel->setEnabled(t.active > 0);
    m_retry->setEnabled(t.failed > 0);
    m_clear->setEnabled(t.done + t.duplicates > 0 || t.failed > 0);
    m_edit->setEnabled(t.count > 0);
    if (m_statusWidget)
        m_statusWidget->refresh();
    Q_EMIT statusMessage(summary);
    if (t.active == 0 && !m_queue->isWalking())
        m_refresh.stop();
}

void UploadsPage::onBatchFinished(int done, int duplicates, int failed)
{
    refresh();
    const QString text = UploadTotalsText::batchResult(done, duplicates, failed);
    m_messages->showMessage(failed > 0 ? MessageBar::Level::Warning : MessageBar::Level::Info, text,
                            failed > 0 ? tr("Retry failed") : QString(),
                            failed > 0 ? std::function<void()>([this] { m_queue->retryFailed(); })
                                       : std::function<void()>());
    m_notifier->notify(tr("Uploads finished"), text, failed > 0);
}

} // namespace ne
