#include "Message.h"

namespace ils::protocol {

std::string_view toString(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Malformed:
        return "malformed";
    case ErrorCode::FrameTooLarge:
        return "frame_too_large";
    case ErrorCode::UnsupportedVersion:
        return "unsupported_version";
    case ErrorCode::BadCredentials:
        return "bad_credentials";
    case ErrorCode::ProtocolViolation:
        return "protocol_violation";
    case ErrorCode::UnexpectedMessage:
        return "unexpected_message";
    case ErrorCode::Timeout:
        return "timeout";
    case ErrorCode::EnrolmentRefused:
        return "enrolment_refused";
    case ErrorCode::Internal:
        return "internal";
    case ErrorCode::ShuttingDown:
        return "shutting_down";
    }
    return "internal";
}

Error unsupportedVersion(std::uint32_t version)
{
    return Error {ErrorCode::UnsupportedVersion,
                  "protocol version " + std::to_string(version) + " is not supported; this central speaks "
                      + std::to_string(kProtocolVersion)};
}

namespace {

template<typename T>
struct NameOf;
#define ILS_MESSAGE_NAME(T)                                                                                            \
    template<>                                                                                                         \
    struct NameOf<T>                                                                                                   \
    {                                                                                                                  \
        static constexpr std::string_view value = #T;                                                                  \
    };
ILS_MESSAGE_NAME(Hello)
ILS_MESSAGE_NAME(Welcome)
ILS_MESSAGE_NAME(Error)
ILS_MESSAGE_NAME(PushBatch)
ILS_MESSAGE_NAME(PushAck)
ILS_MESSAGE_NAME(PullRequest)
ILS_MESSAGE_NAME(PullPage)
ILS_MESSAGE_NAME(EnrolRequest)
ILS_MESSAGE_NAME(EnrolGrant)
ILS_MESSAGE_NAME(SnapshotRequest)
ILS_MESSAGE_NAME(SnapshotInfo)
ILS_MESSAGE_NAME(SnapshotChunk)
ILS_MESSAGE_NAME(Ping)
ILS_MESSAGE_NAME(Pong)
ILS_MESSAGE_NAME(Status)
#undef ILS_MESSAGE_NAME

} // namespace

std::string_view messageName(const Message& message)
{
    return std::visit([](const auto& m) { return NameOf<std::decay_t<decltype(m)>>::value; }, message);
}

} // namespace ils::protocol
