// SPDX-License-Identifier: MIT
#include "SampleContent.h"

#include "SampleImagePainter.h"
#include "store/sqlite/SqliteRepository.h"
#include "store/sqlite/SqliteStore.h"

#include <QDateTime>
#include <QTemporaryDir>

namespace ne {

namespace {

const QStringList kTopicsEn{QStringLiteral("City marathon"), QStringLiteral("Spring festival"),
                            QStringLiteral("Tech summit"),   QStringLiteral("Charity gala"),
                            QStringLiteral("Jazz night"),    QStringLiteral("Food market"),
                            QStringLiteral("Startup pitch"), QStringLiteral("Design week"),
                            QStringLiteral("Film premiere"), QStringLiteral("Science fair"),
                            QStringLiteral("Book launch"),   QStringLiteral("Harbour regatta")};
const QStringList kTopicsZh{
    QStringLiteral("城市马拉松"), QStringLiteral("春节庙会"), QStringLiteral("科技峰会"),
    QStringLiteral("慈善晚会"),   QStringLiteral("爵士之夜"), QStringLiteral("美食市集"),
    QStringLiteral("创业路演"),   QStringLiteral("设计周"),   QStringLiteral("电影首映"),
    QStringLiteral("科学博览会"), QStringLiteral("新书发布"), QStringLiteral("港口帆船赛")};
const QStringList kAnglesEn{QStringLiteral("highlights"),         QStringLiteral("what to expect"),
                            QStringLiteral("behind the scenes"),  QStringLiteral("in pictures"),
                            QStringLiteral("the full programme"), QStringLiteral("interview")};
const QStringList kAnglesZh{QStringLiteral("精彩回顾"), QStringLiteral("新闻速递"),
                            QStringLiteral("幕后花絮"), QStringLiteral("图片集锦"),
                            QStringLiteral("完整日程"), QStringLiteral("专访")};
const QStringList kAuthors{QStringLiteral("Li Wei"),    QStringLiteral("Anna Schmidt"),
                           QStringLiteral("Zhang Min"), QStringLiteral("Tom Baker"),
                           QStringLiteral("Chen Jing"), QStringLiteral("Sofia Rossi")};

class Generator
{
public:
    Generator(SqliteStore &store, const SampleContent::Counts &counts,
              const SampleContent::Progress &progress)
        : m_store(store)
        , m_repo(store.repository())
        , m_counts(counts)
        , m_progress(progress)
        , m_random(20261127)
        , m_total(counts.images + counts.articles + counts.news + counts.videos)
    {}

    void run()
    {
        for (EntityKind kind : allEntityKinds()) {
            for (const QString &topic : kTopicsEn.mid(0, 6))
                m_categories[kind].append(m_repo.createCategory(kind, topic));
        }
        if (!images() || !articles() || !news() || !videos())
            return;
        for (EntityKind kind : allEntityKinds())
            m_repo.spreadCreationTimes(kind, qint64(400) * 24 * 3600 * 1000);
    }

private:
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(int(m_random.bounded(int(list.size()))));
    }

    QString title(int i)
    {
        if (i % 3 == 1)
            return pick(kTopicsZh) + QStringLiteral("：") + pick(kAnglesZh);
        return pick(kTopicsEn) + QStringLiteral(": ") + pick(kAnglesEn);
    }

    bool step()
    {
        ++m_done;
        return !m_progress || m_progress(m_done, m_total);
    }

    QString category(EntityKind kind) { return pick(m_categories.value(kind)); }

    bool images()
    {
        QTemporaryDir scratch;
        SampleImagePainter painter(m_random.generate());
        static const QStringList types{QStringLiteral("gallery"), QStringLiteral("cover"),
                                       QStringLiteral("banner"), QStringLiteral("thumbnail")};
        for (int i = 0; i < m_counts.images; ++i) {
            const bool png = i % 4 == 3;
            const QString name = QStringLiteral("event-%1.%2")
                                     .arg(i + 1, 4, 10, QLatin1Char('0'))
                                     .arg(png ? QStringLiteral("png") : QStringLiteral("jpg"));
            const QString path = scratch.filePath(name);
            painter.paint(painter.nextSize()).save(path, nullptr, png ? -1 : 85);
            const MediaRef ref = m_store.mediaFolder().put(path);
            m_repo.addMedia(ref);
            const Record r = m_repo.create(
                EntityKind::Image,
                {{QStringLiteral("title"), title(i)},
                 {QStringLiteral("description"), QStringLiteral("Photo from the event archive.")},
                 {QStringLiteral("type"), pick(types)},
                 {QStringLiteral("categoryId"), category(EntityKind::Image)},
                 {QStringLiteral("contentSha256"), ref.sha256},
                 {QStringLiteral("originalName"), name}});
            m_imageIds.append(r.id());
            if (!step())
                return false;
        }
        return true;
    }

    bool articles()
    {
        static const QStringList statuses{QStringLiteral("published"), QStringLiteral("published"),
                                          QStringLiteral("draft"), QStringLiteral("archived")};
        for (int i = 0; i < m_counts.articles; ++i) {
            const QString t = title(i);
            QVariantMap v{
                {QStringLiteral("title"), t},
                {QStringLiteral("summary"), QString(t + QStringLiteral(" — a short summary."))},
                {QStringLiteral("content"),
                 QString(QStringLiteral("<p>") + t + QStringLiteral("</p>"))},
                {QStringLiteral("type"), QStringLiteral("standard")},
                {QStringLiteral("status"), pick(statuses)},
                {QStringLiteral("authorName"), pick(kAuthors)},
                {QStringLiteral("categoryId"), category(EntityKind::Article)},
                {QStringLiteral("slug"), QStringLiteral("article-%1").arg(i + 1)}};
            if (!m_imageIds.isEmpty())
                v.insert(QStringLiteral("featuredImageId"), pick(m_imageIds));
            m_articleIds.append(m_repo.create(EntityKind::Article, v).id());
            if (!step())
                return false;
        }
        return true;
    }

    bool news()
    {
        static const QStringList types{QStringLiteral("standard"), QStringLiteral("breaking"),
                                       QStringLiteral("featured"), QStringLiteral("urgent")};
        static const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"),
                                            QStringLiteral("high"), QStringLiteral("urgent")};
        for (int i = 0; i < m_counts.news && !m_articleIds.isEmpty(); ++i) {
            QStringList ids;
            for (int n = 1 + int(m_random.bounded(8)); ids.size() < n;) {
                const QString id = pick(m_articleIds);
                if (!ids.contains(id))
                    ids.append(id);
            }
            m_repo.create(EntityKind::News,
                          {{QStringLiteral("title"), title(i)},
                           {QStringLiteral("summary"), QStringLiteral("This week's issue.")},
                           {QStringLiteral("type"), pick(types)},
                           {QStringLiteral("priority"), pick(priorities)},
                           {QStringLiteral("status"),
                            i % 3 ? QStringLiteral("published") : QStringLiteral("draft")},
                           {keys::articleIds, ids},
                           {keys::mainStoryId, ids.first()}});
            if (!step())
                return false;
        }
        return true;
    }

    bool videos()
    {
        static const QStringList types{QStringLiteral("on_demand"), QStringLiteral("recorded"),
                                       QStringLiteral("live"), QStringLiteral("streaming")};
        static const QStringList qualities{QStringLiteral("720p"), QStringLiteral("1080p"),
                                           QStringLiteral("4k"), QStringLiteral("auto")};
        for (int i = 0; i < m_counts.videos; ++i) {
            m_repo.create(EntityKind::Video,
                          {{QStringLiteral("title"), title(i)},
                           {QStringLiteral("summary"), QStringLiteral("Recorded on site.")},
                           {QStringLiteral("videoType"), pick(types)},
                           {QStringLiteral("quality"), pick(qualities)},
                           {QStringLiteral("duration"), 30 + int(m_random.bounded(5400))},
                           {QStringLiteral("isOpen"), i % 5 != 0},
                           {QStringLiteral("categoryId"), category(EntityKind::Video)}});
            if (!step())
                return false;
        }
        return true;
    }

    SqliteStore &m_store;
    SqliteRepository &m_repo;
    SampleContent::Counts m_counts;
    SampleContent::Progress m_progress;
    QRandomGenerator m_random;
    QHash<EntityKind, QStringList> m_categories;
    QStringList m_imageIds;
    QStringList m_articleIds;
    int m_total;
    int m_done = 0;
};

} // namespace

void SampleContent::generate(SqliteStore &store, const Counts &counts, const Progress &progress)
{
    Generator(store, counts, progress).run();
}

} // namespace ne
