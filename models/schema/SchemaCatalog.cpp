// SPDX-License-Identifier: MIT
// The four entity schemas of CONTRACT.md section 2, mapped onto the columns of section 5.
#include "EntitySchema.h"

namespace ne {

namespace {

QList<Field> commonHead()
{
    return {Field::uuid(keys::id, QStringLiteral("id"))
                .readOnly()
                .hidden()
                .withLabel(QT_TRANSLATE_NOOP("ne::Field", "ID"))};
}

QList<Field> commonTail()
{
    return {
        Field::dateTime(keys::createdAt, QStringLiteral("created_at"))
            .readOnly()
            .listed()
            .sortable()
            .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Created")),
        Field::dateTime(keys::updatedAt, QStringLiteral("updated_at"))
            .readOnly()
            .sortable()
            .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Updated")),
        Field::integer(keys::version, QStringLiteral("version"))
            .readOnly()
            .hidden()
            .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Version")),
        Field::dateTime(keys::deletedAt, QStringLiteral("deleted_at"))
            .readOnly()
            .hidden()
            .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Deleted")),
    };
}

QList<Field> seoFields(bool tagsAsText)
{
    QList<Field> out{
        Field::string(QStringLiteral("slug"), QStringLiteral("slug"), 500)
            .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Slug")),
        Field::string(QStringLiteral("metaTitle"), QStringLiteral("meta_title"), 500)
            .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Meta title")),
        Field::string(QStringLiteral("metaDescription"), QStringLiteral("meta_description"), 1000)
            .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Meta description")),
        Field::string(QStringLiteral("keywords"), QStringLiteral("keywords"), 1000)
            .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Keywords")),
    };
    if (tagsAsText)
        out.append(Field::string(QStringLiteral("tags"), QStringLiteral("tags"), 1000)
                       .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Tags")));
    return out;
}

Field counter(const char *key, const char *column, const char *label)
{
    return Field::integer(QString::fromLatin1(key), QString::fromLatin1(column))
        .readOnly()
        .withDefault(0)
        .withLabel(label);
}

EntitySchema imageSchema()
{
    QList<Field> f = commonHead();
    f << Field::string(QStringLiteral("title"), QStringLiteral("title"), 200)
             .required()
             .listed()
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Title"))
      << Field::string(QStringLiteral("description"), QStringLiteral("description"), 1000)
             .listed()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Description"))
      << Field::string(QStringLiteral("altText"), QStringLiteral("alt_text"), 500)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Alt text"))
      << Field::enumeration(QStringLiteral("type"), QStringLiteral("type"),
                            {QStringLiteral("cover"), QStringLiteral("thumbnail"),
                             QStringLiteral("gallery"), QStringLiteral("profile"),
                             QStringLiteral("banner"), QStringLiteral("icon"),
                             QStringLiteral("background")})
             .required()
             .listed()
             .filterable()
             .withDefault(QStringLiteral("gallery"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Type"))
      << Field::enumeration(
             keys::status, QStringLiteral("status"),
             {QStringLiteral("active"), QStringLiteral("archived"), QStringLiteral("deleted")})
             .listed()
             .filterable()
             .withDefault(QStringLiteral("active"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Status"))
      << Field::uuid(QStringLiteral("categoryId"), QStringLiteral("category_id"))
             .filterable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Category"))
      << Field::string(QStringLiteral("fileName"), QStringLiteral("file_name"), 255)
             .readOnly()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "File name"))
      << Field::string(QStringLiteral("originalName"), QStringLiteral("original_name"), 255)
             .createOnly()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Original name"))
      << Field::string(QStringLiteral("storagePath"), QStringLiteral("storage_path"), 500)
             .readOnly()
             .hidden()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Storage path"))
      << Field::string(QStringLiteral("url"), QStringLiteral("url"), 1000)
             .readOnly()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "URL"))
      << Field::string(QStringLiteral("thumbnailUrl"), QStringLiteral("thumbnail_url"), 1000)
             .readOnly()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Thumbnail URL"))
      << Field::string(QStringLiteral("mimeType"), QStringLiteral("mime_type"), 100)
             .readOnly()
             .listed()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Format"))
      << Field::integer(QStringLiteral("fileSize"), QStringLiteral("file_size"))
             .readOnly()
             .listed()
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Size"))
      << Field::integer(QStringLiteral("width"), QStringLiteral("width"))
             .readOnly()
             .listed()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Width"))
      << Field::integer(QStringLiteral("height"), QStringLiteral("height"))
             .readOnly()
             .listed()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Height"))
      // An image is created from media already stored: the backend fills in the file's
      // name, path, URL, type, size and dimensions from this hash.
      << Field::string(QStringLiteral("contentSha256"), QStringLiteral("content_sha256"), 64)
             .required()
             .createOnly()
             .hidden()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "SHA-256"))
      << Field::stringList(QStringLiteral("tags"), QStringLiteral("tags"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Tags"))
      << Field::json(QStringLiteral("metadata"), QStringLiteral("metadata"))
             .hidden()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Metadata"))
      << Field::uuid(QStringLiteral("createdBy"), QStringLiteral("created_by"))
             .readOnly()
             .hidden()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Created by"));
    f << commonTail();
    return EntitySchema(EntityKind::Image, QStringLiteral("site_images"), f,
                        {QStringLiteral("title"), QStringLiteral("description")});
}

EntitySchema articleSchema()
{
    QList<Field> f = commonHead();
    f << Field::string(QStringLiteral("title"), QStringLiteral("title"), 500)
             .required()
             .listed()
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Title"))
      << Field::string(QStringLiteral("subtitle"), QStringLiteral("subtitle"), 1000)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Subtitle"))
      << Field::string(QStringLiteral("summary"), QStringLiteral("summary"), 2000)
             .listed()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Summary"))
      << Field::text(QStringLiteral("content"), QStringLiteral("content"))
             .required()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Content"))
      << Field::enumeration(QStringLiteral("type"), QStringLiteral("type"),
                            {QStringLiteral("standard"), QStringLiteral("featured"),
                             QStringLiteral("news"), QStringLiteral("blog"),
                             QStringLiteral("guide")})
             .required()
             .listed()
             .filterable()
             .withDefault(QStringLiteral("standard"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Type"))
      << Field::enumeration(keys::status, QStringLiteral("status"),
                            {QStringLiteral("draft"), QStringLiteral("published"),
                             QStringLiteral("archived"), QStringLiteral("deleted")})
             .listed()
             .filterable()
             .withDefault(QStringLiteral("draft"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Status"))
      << Field::string(QStringLiteral("authorName"), QStringLiteral("author_name"), 100)
             .listed()
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Author"))
      << Field::uuid(QStringLiteral("categoryId"), QStringLiteral("category_id"))
             .filterable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Category"))
      << Field::uuid(QStringLiteral("featuredImageId"), QStringLiteral("featured_image_id"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Featured image"))
      << Field::uuid(QStringLiteral("thumbnailId"), QStringLiteral("thumbnail_id"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Thumbnail"))
      << Field::uuid(QStringLiteral("authorId"), QStringLiteral("author_id"))
             .hidden()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Author ID"))
      << Field::uuid(QStringLiteral("editorId"), QStringLiteral("editor_id"))
             .hidden()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Editor ID"))
      << Field::stringList(QStringLiteral("tags"), QStringLiteral("tags"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Tags"))
      << seoFields(false)
      << Field::integer(QStringLiteral("readTime"), QStringLiteral("read_time"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Read time (min)"))
      << counter("viewCount", "view_count", QT_TRANSLATE_NOOP("ne::Field", "Views"))
             .listed()
             .sortable()
      << counter("likeCount", "like_count", QT_TRANSLATE_NOOP("ne::Field", "Likes"))
      << counter("shareCount", "share_count", QT_TRANSLATE_NOOP("ne::Field", "Shares"))
      << Field::dateTime(QStringLiteral("scheduledAt"), QStringLiteral("scheduled_at"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Scheduled"))
      << Field::dateTime(QStringLiteral("publishedAt"), QStringLiteral("published_at"))
             .listed()
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Published"));
    f << commonTail();
    return EntitySchema(EntityKind::Article, QStringLiteral("site_articles"), f,
                        {QStringLiteral("title"), QStringLiteral("summary")});
}

EntitySchema newsSchema()
{
    QList<Field> f = commonHead();
    f << Field::string(QStringLiteral("title"), QStringLiteral("title"), 500)
             .required()
             .listed()
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Title"))
      << Field::string(QStringLiteral("subtitle"), QStringLiteral("subtitle"), 1000)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Subtitle"))
      << Field::string(QStringLiteral("description"), QStringLiteral("description"), 2000)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Description"))
      << Field::string(QStringLiteral("summary"), QStringLiteral("summary"), 1000)
             .listed()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Summary"))
      << Field::enumeration(QStringLiteral("type"), QStringLiteral("type"),
                            {QStringLiteral("standard"), QStringLiteral("breaking"),
                             QStringLiteral("featured"), QStringLiteral("urgent")})
             .required()
             .listed()
             .filterable()
             .withDefault(QStringLiteral("standard"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Type"))
      << Field::enumeration(QStringLiteral("priority"), QStringLiteral("priority"),
                            {QStringLiteral("low"), QStringLiteral("normal"),
                             QStringLiteral("high"), QStringLiteral("urgent")})
             .required()
             .listed()
             .sortable()
             .filterable()
             .storedAsRank()
             .withDefault(QStringLiteral("normal"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Priority"))
      << Field::enumeration(keys::status, QStringLiteral("status"),
                            {QStringLiteral("draft"), QStringLiteral("scheduled"),
                             QStringLiteral("published"), QStringLiteral("archived"),
                             QStringLiteral("deleted")})
             .listed()
             .filterable()
             .withDefault(QStringLiteral("draft"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Status"))
      << Field::uuidList(keys::articleIds, 1, 8)
             .required()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Articles"))
      << Field::uuid(keys::mainStoryId, QString())
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Main story"))
      << Field::uuid(QStringLiteral("featuredImageId"), QStringLiteral("featured_image_id"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Featured image"))
      << Field::uuid(QStringLiteral("thumbnailId"), QStringLiteral("thumbnail_id"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Thumbnail"))
      << Field::uuid(QStringLiteral("authorId"), QStringLiteral("author_id"))
             .hidden()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Author ID"))
      << Field::uuid(QStringLiteral("editorId"), QStringLiteral("editor_id"))
             .hidden()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Editor ID"))
      << Field::boolean(QStringLiteral("isFeatured"), QStringLiteral("is_featured"), false)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Featured"))
      << Field::boolean(QStringLiteral("isBreaking"), QStringLiteral("is_breaking"), false)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Breaking"))
      << Field::boolean(QStringLiteral("isSticky"), QStringLiteral("is_sticky"), false)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Sticky"))
      << Field::boolean(QStringLiteral("allowComments"), QStringLiteral("allow_comments"), true)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Allow comments"))
      << Field::boolean(QStringLiteral("allowSharing"), QStringLiteral("allow_sharing"), true)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Allow sharing"))
      << Field::boolean(QStringLiteral("requireAuth"), QStringLiteral("require_auth"), false)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Require sign-in"))
      << counter("viewCount", "view_count", QT_TRANSLATE_NOOP("ne::Field", "Views"))
             .listed()
             .sortable()
      << counter("shareCount", "share_count", QT_TRANSLATE_NOOP("ne::Field", "Shares")).sortable()
      << counter("likeCount", "like_count", QT_TRANSLATE_NOOP("ne::Field", "Likes"))
      << counter("commentCount", "comment_count", QT_TRANSLATE_NOOP("ne::Field", "Comments"))
      << Field::integer(QStringLiteral("readTime"), QStringLiteral("read_time"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Read time (min)"))
      << seoFields(true)
      << Field::dateTime(QStringLiteral("publishedAt"), QStringLiteral("published_at"))
             .listed()
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Published"))
      << Field::dateTime(QStringLiteral("scheduledAt"), QStringLiteral("scheduled_at"))
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Scheduled"))
      << Field::dateTime(QStringLiteral("expiresAt"), QStringLiteral("expires_at"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Expires"))
      << Field::enumeration(QStringLiteral("wechatStatus"), QStringLiteral("wechat_status"),
                            {QStringLiteral("none"), QStringLiteral("draft"),
                             QStringLiteral("published"), QStringLiteral("failed")})
             .readOnly()
             .withDefault(QStringLiteral("none"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "WeChat"));
    f << commonTail();
    return EntitySchema(EntityKind::News, QStringLiteral("news"), f,
                        {QStringLiteral("title"), QStringLiteral("summary")});
}

EntitySchema videoSchema()
{
    QList<Field> f = commonHead();
    f << Field::string(QStringLiteral("title"), QStringLiteral("title"), 500)
             .required()
             .listed()
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Title"))
      << Field::string(QStringLiteral("summary"), QStringLiteral("summary"), 2000)
             .listed()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Summary"))
      << Field::enumeration(QStringLiteral("videoType"), QStringLiteral("video_type"),
                            {QStringLiteral("live"), QStringLiteral("on_demand"),
                             QStringLiteral("recorded"), QStringLiteral("streaming")})
             .required()
             .createOnly()
             .listed()
             .filterable()
             .withDefault(QStringLiteral("on_demand"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Type"))
      << Field::enumeration(keys::status, QStringLiteral("status"),
                            {QStringLiteral("draft"), QStringLiteral("scheduled"),
                             QStringLiteral("live"), QStringLiteral("ended"),
                             QStringLiteral("archived"), QStringLiteral("deleted")})
             .listed()
             .filterable()
             .withDefault(QStringLiteral("draft"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Status"))
      << Field::enumeration(QStringLiteral("quality"), QStringLiteral("quality"),
                            {QStringLiteral("auto"), QStringLiteral("360p"), QStringLiteral("480p"),
                             QStringLiteral("720p"), QStringLiteral("1080p"), QStringLiteral("4k")})
             .listed()
             .withDefault(QStringLiteral("auto"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Quality"))
      << Field::uuid(QStringLiteral("categoryId"), QStringLiteral("category_id"))
             .filterable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Category"))
      << Field::string(QStringLiteral("cloudUrl"), QStringLiteral("cloud_url"), 1000)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Cloud URL"))
      << Field::string(QStringLiteral("playbackUrl"), QStringLiteral("playback_url"), 1000)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Playback URL"))
      << Field::string(QStringLiteral("streamKey"), QStringLiteral("stream_key"), 200)
             .readOnly()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Stream key"))
      << Field::integer(QStringLiteral("duration"), QStringLiteral("duration"))
             .listed()
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Duration (s)"))
      << Field::integer(QStringLiteral("fileSize"), QStringLiteral("file_size"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "File size"))
      << Field::string(QStringLiteral("resolution"), QStringLiteral("resolution"), 20)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Resolution"))
      << Field::real(QStringLiteral("frameRate"), QStringLiteral("frame_rate"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Frame rate"))
      << Field::integer(QStringLiteral("bitrate"), QStringLiteral("bitrate"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Bitrate (kbps)"))
      << Field::string(QStringLiteral("codec"), QStringLiteral("codec"), 50)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Codec"))
      << Field::boolean(QStringLiteral("isOpen"), QStringLiteral("is_open"), true)
             .listed()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Public"))
      << Field::boolean(QStringLiteral("requireAuth"), QStringLiteral("require_auth"), false)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Require sign-in"))
      << Field::boolean(QStringLiteral("supportInteraction"), QStringLiteral("support_interaction"),
                        false)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Interaction"))
      << Field::boolean(QStringLiteral("allowDownload"), QStringLiteral("allow_download"), false)
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Allow download"))
      << Field::uuid(QStringLiteral("siteImageId"), QStringLiteral("site_image_id"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Cover image"))
      << Field::uuid(QStringLiteral("thumbnailId"), QStringLiteral("thumbnail_id"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Thumbnail"))
      << Field::uuid(QStringLiteral("boundEventId"), QStringLiteral("bound_event_id"))
             .hidden()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Event"))
      << Field::dateTime(QStringLiteral("startTime"), QStringLiteral("start_time"))
             .sortable()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Start"))
      << Field::dateTime(QStringLiteral("videoEndTime"), QStringLiteral("video_end_time"))
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "End"))
      << counter("viewCount", "view_count", QT_TRANSLATE_NOOP("ne::Field", "Views"))
             .listed()
             .sortable()
      << counter("likeCount", "like_count", QT_TRANSLATE_NOOP("ne::Field", "Likes"))
      << counter("shareCount", "share_count", QT_TRANSLATE_NOOP("ne::Field", "Shares"))
      << counter("commentCount", "comment_count", QT_TRANSLATE_NOOP("ne::Field", "Comments"))
      << counter("watchTime", "watch_time", QT_TRANSLATE_NOOP("ne::Field", "Watch time (s)"))
      << Field::real(QStringLiteral("averageWatchTime"), QStringLiteral("average_watch_time"))
             .readOnly()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Average watch time"))
      << Field::real(QStringLiteral("completionRate"), QStringLiteral("completion_rate"))
             .readOnly()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Completion rate"))
      << Field::real(QStringLiteral("engagementScore"), QStringLiteral("engagement_score"))
             .readOnly()
             .withLabel(QT_TRANSLATE_NOOP("ne::Field", "Engagement"))
      << seoFields(true);
    f << commonTail();
    return EntitySchema(EntityKind::Video, QStringLiteral("videos"), f,
                        {QStringLiteral("title"), QStringLiteral("summary")});
}

#undef L

} // namespace

const EntitySchema &EntitySchema::of(EntityKind kind)
{
    static const EntitySchema image = imageSchema();
    static const EntitySchema article = articleSchema();
    static const EntitySchema news = newsSchema();
    static const EntitySchema video = videoSchema();
    switch (kind) {
    case EntityKind::Image:
        return image;
    case EntityKind::Article:
        return article;
    case EntityKind::News:
        return news;
    case EntityKind::Video:
        return video;
    }
    Q_UNREACHABLE();
}

} // namespace ne
