#include "catalog/profilecatalog.h"

#include "catalog/profileparser.h"
#include "core/apppaths.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

// The built-in profiles live in this static library (resources/profiles/profiles.qrc); a static
// library's resources must be registered explicitly, and Q_INIT_RESOURCE must sit outside namespaces.
static void initProfileResources()
{
    Q_INIT_RESOURCE(profiles);
}

namespace chartroom::catalog {

namespace {
Q_LOGGING_CATEGORY(lcCatalog, "chartroom.catalog", QtInfoMsg)

QStringList yamlFiles(const QString &dir)
{
    QStringList files;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.yaml")}, QDir::Files | QDir::Readable, QDir::Name))
        files.append(d.filePath(name));
    return files;
}
} // namespace

void ProfileCatalog::load(const QString &userDir)
{
    [[maybe_unused]] static const bool registered = (initProfileResources(), true);
    m_profiles.clear();
    m_errors.clear();
    for (const QString &file : yamlFiles(QStringLiteral(":/profiles")))
        loadFile(file);
    if (!userDir.isEmpty() && QDir(userDir).exists()) {
        for (const QString &file : yamlFiles(userDir))
            loadFile(file);
    }
    qCInfo(lcCatalog) << "loaded" << m_profiles.size() << "chart profiles," << m_errors.size() << "errors";
}

void ProfileCatalog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append(ProfileError{path, 0, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString())});
        return;
    }
    loadData(file.readAll(), path);
}

void ProfileCatalog::loadData(const QByteArray &yaml, const QString &fileName)
{
    ProfileParseResult result = parseProfile(yaml, fileName);
    for (const ProfileError &e : std::as_const(result.errors))
        qCWarning(lcCatalog).noquote() << "chart profile skipped:" << e.toString();
    m_errors += result.errors;
    if (!result.profile)
        return;
    const auto previous = m_profiles.constFind(result.profile->id);
    if (previous != m_profiles.constEnd())
        qCInfo(lcCatalog).noquote() << fileName << "overrides the profile" << previous->id << "from"
                                    << previous->sourceFile;
    m_profiles.insert(result.profile->id, std::move(*result.profile));
}

QList<ChartProfile> ProfileCatalog::profiles() const
{
    return m_profiles.values(); // QMap iterates in key order
}

const ChartProfile *ProfileCatalog::profile(const QString &id) const
{
    const auto it = m_profiles.constFind(id);
    return it == m_profiles.constEnd() ? nullptr : &*it;
}

const ChartProfile *ProfileCatalog::match(const QString &helmChartField) const
{
    const QString field = helmChartField.trimmed();
    if (const ChartProfile *exact = profile(field))
        return exact;
    // "<name>-<version>": names may contain dashes and digits, versions may too ("1.0.0-rc.1"),
    // so try every id that prefixes the field and keep the longest whose remainder is a version.
    static const QRegularExpression version(QStringLiteral("^v?\\d"));
    const ChartProfile *best = nullptr;
    for (auto it = m_profiles.constBegin(); it != m_profiles.constEnd(); ++it) {
        const QString &id = it.key();
        if (field.size() > id.size() + 1 && field.startsWith(id) && field.at(id.size()) == QLatin1Char('-') &&
            version.match(field.mid(id.size() + 1)).hasMatch() && (!best || id.size() > best->id.size())) {
            best = &*it;
        }
    }
    return best;
}

QList<ProfileError> ProfileCatalog::errors() const
{
    return m_errors;
}

QString ProfileCatalog::defaultUserDir()
{
    return AppPaths::configDir() + QStringLiteral("/profiles");
}

} // namespace chartroom::catalog
