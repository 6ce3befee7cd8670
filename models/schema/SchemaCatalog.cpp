// SPDX-License-Identifier: MIT
// The four entity schemas of CONTRACT.md section 2, mapped onto the columns of section 5.
#include "EntitySchema.h"

namespace ne {

namespace {

#define L(text) QT_TRANSLATE_NOOP("ne::Field", text)

QList<Field> commonHead()
{
    return {Field::uuid(keys::id, QStringLiteral("id")).readOnly().hidden().withLabel(L("ID"))};
}

QList<Field> commonTail()
{
    return {
        Field::dateTime(keys::createdAt, QStringLiteral("created_at"))
            .readOnly()
            .listed()
            .sortable()
            .withLabel(L("Created")),
        Field::dateTime(keys::updatedAt, QStringLiteral("updated_at"))
            .readOnly()
            .sortable()
            .withLabel(L("Updated")),
        Field::integer(keys::version, QStringLiteral("version"))
            .readOnly()
            .hidden()
            .withLabel(L("Version")),
        Field::dateTime(keys::deletedAt, QStringLiteral("deleted_at"))
            .readOnly()
            .hidden()
            .withLabel(L("Deleted")),
    };
}

QList<Field> seoFields(bool tagsAsText)
{
    QList<Field> out{
        Field::string(QStringLiteral("slug"), QStringLiteral("slug"), 500).withLabel(L("Slug")),
        Field::string(QStringLiteral("metaTitle"), QStringLiteral("meta_title"), 500)
            .withLabel(L("Meta title")),
        Field::string(QStringLiteral("metaDescription"), QStringLiteral("meta_description"), 1000)
            .withLabel(L("Meta description")),
        Field::string(QStringLiteral("keywords"), QStringLiteral("keywords"), 1000)
            .withLabel(L("Keywords")),
    };
    if (tagsAsText)
        out.append(Field::string(QStringLiteral("tags"), QStringLiteral("tags"), 1000)
                       .withLabel(L("Tags")));
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
             .withLabel(L("Title"))
      << Field::string(QStringLiteral("description"), QStringLiteral("description"), 1000)
             .listed()
             .withLabel(L("Description"))
      << Field::string(QStringLiteral("altText"), QStringLiteral("alt_text"), 500)
             .withLabel(L("Alt text"))
      << Field::enumeration(QStringLiteral("type"), QStringLiteral("type"),
                            {QStringLiteral("cover"), QStringLiteral("thumbnail"),
                             QStringLiteral("gallery"), QStringLiteral("profile"),
                             QStringLiteral("banner"), QStringLiteral("icon"),
                             QStringLiteral("background")})
             .required()
             .listed()
             .sortable()
             .filterable()
             .withDefault(QStringLiteral("gallery"))
             .withLabel(L("Type"))
      << Field::enumeration(
             keys::status, QStringLiteral("status"),
             {QStringLiteral("active"), QStringLiteral("archived"), QStringLiteral("deleted")})
             .listed()
             .sortable()
             .filterable()
             .withDefault(QStringLiteral("active"))
             .withLabel(L("Status"))
      << Field::uuid(QStringLiteral("categoryId"), QStringLiteral("category_id"))
             .filterable()
             .withLabel(L("Category"))
      << Field::string(QStringLiteral("fileName"), QStringLiteral("file_name"), 255)
             .readOnly()
             .withLabel(L("File name"))
      << Field::string(QStringLiteral("originalName"), QStringLiteral("original_name"), 255)
             .createOnly()
             .withLabel(L("Original name"))
      << Field::string(QStringLiteral("storagePath"), QStringLiteral("storage_path"), 500)
             .readOnly()
             .hidden()
             .withLabel(L("Storage path"))
      << Field::string(QStringLiteral("url"), QStringLiteral("url"), 1000)
             .readOnly()
             .withLabel(L("URL"))
      << Field::string(QStringLiteral("thumbnailUrl"), QStringLiteral("thumbnail_url"), 1000)
             .readOnly()
             .withLabel(L("Thumbnail URL"))
      << Field::string(QStringLiteral("mimeType"), QStringLiteral("mime_type"), 100)
             .readOnly()
             .listed()
             .withLabel(L("Format"))
      << Field::integer(QStringLiteral("fileSize"), QStringLiteral("file_size"))
             .readOnly()
             .listed()
             .sortable()
             .withLabel(L("Size"))
      << Field::integer(QStringLiteral("width"), QStringLiteral("width"))
             .readOnly()
             .listed()
             .sortable()
             .withLabel(L("Width"))
      << Field::integer(QStringLiteral("height"), QStringLiteral("height"))
             .readOnly()
             .listed()
             .withLabel(L("Height"))
      // An image is created from media already stored: the backend fills in the file's
      // name, path, URL, type, size and dimensions from this hash.
      << Field::string(QStringLiteral("contentSha256"), QStringLiteral("content_sha256"), 64)
             .required()
             .createOnly()
             .hidden()
             .withLabel(L("SHA-256"))
      << Field::stringList(QStringLiteral("tags"), QStringLiteral("tags")).withLabel(L("Tags"))
      << Field::json(QStringLiteral("metadata"), QStringLiteral("metadata"))
             .hidden()
             .withLabel(L("Metadata"))
      << Field::uuid(QStringLiteral("createdBy"), QStringLiteral("created_by"))
             .readOnly()
             .hidden()
             .withLabel(L("Created by"));
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
             .withLabel(L("Title"))
      << Field::string(QStringLiteral("subtitle"), QStringLiteral("subtitle"), 1000)
             .withLabel(L("Subtitle"))
      << Field::string(QStringLiteral("summary"), QStringLiteral("summary"), 2000)
             .listed()
             .withLabel(L("Summary"))
      << Field::text(QStringLiteral("content"), QStringLiteral("content"))
             .required()
             .withLabel(L("Content"))
      << Field::enumeration(QStringLiteral("type"), QStringLiteral("type"),
                            {QStringLiteral("standard"), QStringLiteral("featured"),
                             QStringLiteral("news"), QStringLiteral("blog"),
                             QStringLiteral("guide")})
             .required()
             .listed()
             .sortable()
             .filterable()
             .withDefault(QStringLiteral("standard"))
             .withLabel(L("Type"))
      << Field::enumeration(keys::status, QStringLiteral("status"),
                            {QStringLiteral("draft"), QStringLiteral("published"),
                             QStringLiteral("archived"), QStringLiteral("deleted")})
             .listed()
             .sortable()
             .filterable()
             .withDefault(QStringLiteral("draft"))
             .withLabel(L("Status"))
      << Field::string(QStringLiteral("authorName"), QStringLiteral("author_name"), 100)
             .listed()
             .sortable()
             .withLabel(L("Author"))
      << Field::uuid(QStringLiteral("categoryId"), QStringLiteral("category_id"))
             .filterable()
             .withLabel(L("Category"))
      << Field::uuid(QStringLiteral("featuredImageId"), QStringLiteral("featured_image_id"))
             .withLabel(L("Featured image"))
      << Field::uuid(QStringLiteral("thumbnailId"), QStringLiteral("thumbnail_id"))
             .withLabel(L("Thumbnail"))
      << Field::uuid(QStringLiteral("authorId"), QStringLiteral("author_id"))
             .hidden()
             .withLabel(L("Author ID"))
      << Field::uuid(QStringLiteral("editorId"), QStringLiteral("editor_id"))
             .hidden()
             .withLabel(L("Editor ID"))
      << Field::stringList(QStringLiteral("tags"), QStringLiteral("tags")).withLabel(L("Tags"))
      << seoFields(false)
      << Field::integer(QStringLiteral("readTime"), QStringLiteral("read_time"))
             .withLabel(L("Read time (min)"))
      << counter("viewCount", "view_count", L("Views")).listed().sortable()
      << counter("likeCount", "like_count", L("Likes"))
      << counter("shareCount", "share_count", L("Shares"))
      << Field::dateTime(QStringLiteral("scheduledAt"), QStringLiteral("scheduled_at"))
             .withLabel(L("Scheduled"))
      << Field::dateTime(QStringLiteral("publishedAt"), QStringLiteral("published_at"))
             .listed()
             .sortable()
             .withLabel(L("Published"));
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
             .withLabel(L("Title"))
      << Field::string(QStringLiteral("subtitle"), QStringLiteral("subtitle"), 1000)
             .withLabel(L("Subtitle"))
      << Field::string(QStringLiteral("description"), QStringLiteral("description"), 2000)
             .withLabel(L("Description"))
      << Field::string(QStringLiteral("summary"), QStringLiteral("summary"), 1000)
             .listed()
             .withLabel(L("Summary"))
      << Field::enumeration(QStringLiteral("type"), QStringLiteral("type"),
                            {QStringLiteral("standard"), QStringLiteral("breaking"),
                             QStringLiteral("featured"), QStringLiteral("urgent")})
             .required()
             .listed()
             .sortable()
             .filterable()
             .withDefault(QStringLiteral("standard"))
             .withLabel(L("Type"))
      << Field::enumeration(QStringLiteral("priority"), QStringLiteral("priority"),
                            {QStringLiteral("low"), QStringLiteral("normal"),
                             QStringLiteral("high"), QStringLiteral("urgent")})
             .required()
             .listed()
             .sortable()
             .filterable()
             .storedAsRank()
             .withDefault(QStringLiteral("normal"))
             .withLabel(L("Priority"))
      << Field::enumeration(keys::status, QStringLiteral("status"),
                            {QStringLiteral("draft"), QStringLiteral("scheduled"),
                             QStringLiteral("published"), QStringLiteral("archived"),
                             QStringLiteral("deleted")})
             .listed()
             .sortable()
             .filterable()
             .withDefault(QStringLiteral("draft"))
             .withLabel(L("Status"))
      << Field::uuidList(keys::articleIds, 1, 8).required().withLabel(L("Articles"))
      << Field::uuid(keys::mainStoryId, QString()).withLabel(L("Main story"))
      << Field::uuid(QStringLiteral("featuredImageId"), QStringLiteral("featured_image_id"))
             .withLabel(L("Featured image"))
      << Field::uuid(QStringLiteral("thumbnailId"), QStringLiteral("thumbnail_id"))
             .withLabel(L("Thumbnail"))
      << Field::uuid(QStringLiteral("authorId"), QStringLiteral("author_id"))
             .hidden()
             .withLabel(L("Author ID"))
      << Field::uuid(QStringLiteral("editorId"), QStringLiteral("editor_id"))
             .hidden()
             .withLabel(L("Editor ID"))
      << Field::boolean(QStringLiteral("isFeatured"), QStringLiteral("is_featured"), false)
             .withLabel(L("Featured"))
      << Field::boolean(QStringLiteral("isBreaking"), QStringLiteral("is_breaking"), false)
             .withLabel(L("Breaking"))
      << Field::boolean(QStringLiteral("isSticky"), QStringLiteral("is_sticky"), false)
             .withLabel(L("Sticky"))
      << Field::boolean(QStringLiteral("allowComments"), QStringLiteral("allow_comments"), true)
             .withLabel(L("Allow comments"))
      << Field::boolean(QStringLiteral("allowSharing"), QStringLiteral("allow_sharing"), true)
             .withLabel(L("Allow sharing"))
      << Field::boolean(QStringLiteral("requireAuth"), QStringLiteral("require_auth"), false)
             .withLabel(L("Require sign-in"))
      << counter("viewCount", "view_count", L("Views")).listed().sortable()
      << counter("shareCount", "share_count", L("Shares")).sortable()
      << counter("likeCount", "like_count", L("Likes"))
      << counter("commentCount", "comment_count", L("Comments"))
      << Field::integer(QStringLiteral("readTime"), QStringLiteral("read_time"))
             .withLabel(L("Read time (min)"))
      << seoFields(true)
      << Field::dateTime(QStringLiteral("publishedAt"), QStringLiteral("published_at"))
             .listed()
             .sortable()
             .withLabel(L("Published"))
      << Field::dateTime(QStringLiteral("scheduledAt"), QStringLiteral("scheduled_at"))
             .sortable()
             .withLabel(L("Scheduled"))
      << Field::dateTime(QStringLiteral("expiresAt"), QStringLiteral("expires_at"))
             .withLabel(L("Expires"))
      << Field::enumeration(QStringLiteral("wechatStatus"), QStringLiteral("wechat_status"),
                            {QStringLiteral("none"), QStringLiteral("draft"),
                             QStringLiteral("published"), QStringLiteral("failed")})
             .readOnly()
             .withDefault(QStringLiteral("none"))
             .withLabel(L("WeChat"));
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
             .withLabel(L("Title"))
      << Field::string(QStringLiteral("summary"), QStringLiteral("summary"), 2000)
             .listed()
             .withLabel(L("Summary"))
      << Field::enumeration(QStringLiteral("videoType"), QStringLiteral("video_type"),
                            {QStringLiteral("live"), QStringLiteral("on_demand"),
                             QStringLiteral("recorded"), QStringLiteral("streaming")})
             .required()
             .createOnly()
             .listed()
             .sortable()
             .filterable()
             .withDefault(QStringLiteral("on_demand"))
             .withLabel(L("Type"))
      << Field::enumeration(keys::status, QStringLiteral("status"),
                            {QStringLiteral("draft"), QStringLiteral("scheduled"),
                             QStringLiteral("live"), QStringLiteral("ended"),
                             QStringLiteral("archived"), QStringLiteral("deleted")})
             .listed()
             .sortable()
             .filterable()
             .withDefault(QStringLiteral("draft"))
             .withLabel(L("Status"))
      << Field::enumeration(QStringLiteral("quality"), QStringLiteral("quality"),
                            {QStringLiteral("auto"), QStringLiteral("360p"), QStringLiteral("480p"),
                             QStringLiteral("720p"), QStringLiteral("1080p"), QStringLiteral("4k")})
             .listed()
             .withDefault(QStringLiteral("auto"))
             .withLabel(L("Quality"))
      << Field::uuid(QStringLiteral("categoryId"), QStringLiteral("category_id"))
             .filterable()
             .withLabel(L("Category"))
      << Field::string(QStringLiteral("cloudUrl"), QStringLiteral("cloud_url"), 1000)
             .withLabel(L("Cloud URL"))
      << Field::string(QStringLiteral("playbackUrl"), QStringLiteral("playback_url"), 1000)
             .withLabel(L("Playback URL"))
      << Field::string(QStringLiteral("streamKey"), QStringLiteral("stream_key"), 200)
             .readOnly()
             .withLabel(L("Stream key"))
      << Field::integer(QStringLiteral("duration"), QStringLiteral("duration"))
             .listed()
             .sortable()
             .withLabel(L("Duration (s)"))
      << Field::integer(QStringLiteral("fileSize"), QStringLiteral("file_size"))
             .withLabel(L("File size"))
      << Field::string(QStringLiteral("resolution"), QStringLiteral("resolution"), 20)
             .withLabel(L("Resolution"))
      << Field::real(QStringLiteral("frameRate"), QStringLiteral("frame_rate"))
             .withLabel(L("Frame rate"))
      << Field::integer(QStringLiteral("bitrate"), QStringLiteral("bitrate"))
             .withLabel(L("Bitrate (kbps)"))
      << Field::string(QStringLiteral("codec"), QStringLiteral("codec"), 50).withLabel(L("Codec"))
      << Field::boolean(QStringLiteral("isOpen"), QStringLiteral("is_open"), true)
             .listed()
             .withLabel(L("Public"))
      << Field::boolean(QStringLiteral("requireAuth"), QStringLiteral("require_auth"), false)
             .withLabel(L("Require sign-in"))
      << Field::boolean(QStringLiteral("supportInteraction"), QStringLiteral("support_interaction"),
                        false)
             .withLabel(L("Interaction"))
      << Field::boolean(QStringLiteral("allowDownload"), QStringLiteral("allow_download"), false)
             .withLabel(L("Allow download"))
      << Field::uuid(QStringLiteral("siteImageId"), QStringLiteral("site_image_id"))
             .withLabel(L("Cover image"))
      << Field::uuid(QStringLiteral("thumbnailId"), QStringLiteral("thumbnail_id"))
             .withLabel(L("Thumbnail"))
      << Field::uuid(QStringLiteral("boundEventId"), QStringLiteral("bound_event_id"))
             .hidden()
             .withLabel(L("Event"))
      << Field::dateTime(QStringLiteral("startTime"), QStringLiteral("start_time"))
             .sortable()
             .withLabel(L("Start"))
      << Field::dateTime(QStringLiteral("videoEndTime"), QStringLiteral("video_end_time"))
             .withLabel(L("End"))
      << counter("viewCount", "view_count", L("Views")).listed().sortable()
      << counter("likeCount", "like_count", L("Likes"))
      << counter("shareCount", "share_count", L("Shares"))
      << counter("commentCount", "comment_count", L("Comments"))
      << counter("watchTime", "watch_time", L("Watch time (s)"))
      << Field::real(QStringLiteral("averageWatchTime"), QStringLiteral("average_watch_time"))
             .readOnly()
             .withLabel(L("Average watch time"))
      << Field::real(QStringLiteral("completionRate"), QStringLiteral("completion_rate"))
             .readOnly()
             .withLabel(L("Completion rate"))
      << Field::real(QStringLiteral("engagementScore"), QStringLiteral("engagement_score"))
             .readOnly()
             .withLabel(L("Engagement"))
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
