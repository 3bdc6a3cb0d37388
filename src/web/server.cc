// restinio adapter: the only file that includes it.
#include "web/server.h"

#include <atomic>
#include <csignal>
#include <exception>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

#include <restinio/all.hpp>

#include "web/form_data.h"

namespace gongkai::web {
namespace {

using Clock = std::chrono::steady_clock;
using RestinioServer = restinio::http_server_t<restinio::default_traits_t>;

Request ToRequest(const restinio::request_handle_t& req) {
  Request r;
  r.method = std::string(req->header().method().c_str());
  r.target = std::string(req->header().request_target());
  r.path = PercentDecode(req->header().path(), false);
  r.query = std::string(req->header().query());
  for (const auto& f : req->header()) r.headers.Add(std::string(f.name()), std::string(f.value()));
  r.body = req->body();
  asio::error_code ec;
  r.remote = req->remote_endpoint().address().to_string(ec);
  return r;
}

Response InternalError() {
  return Response::Html(500,
                        "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>"
                        "服务器内部错误</title><h1>服务器内部错误</h1><p>请稍后再试。</p></html>");
}

Response Stopping() {
  Response r = Response::Html(503,
                              "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>"
                              "服务正在停止</title><h1>服务正在停止</h1><p>请稍后再试。</p></html>");
  r.headers.Set("Connection", "close");
  r.headers.Set("Retry-After", "5");
  return r;
}

}  // namespace

Status Serve(const ServerOptions& o, const Handler& handler, AccessLog* log,
             const std::function<void(uint16_t port)>& ready) {
  std::atomic<int> in_flight{0};
  std::atomic<bool> draining{false};
  std::atomic<uint16_t> bound{0};
  restinio::server_settings_t<restinio::default_traits_t> settings;
  settings.address(o.host)
      .port(o.port)
      .read_next_http_message_timelimit(o.read_timeout)
      .write_http_response_timelimit(o.write_timeout)
      .handle_request_timeout(o.handle_timeout)
      .max_pipelined_requests(1)
      .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                    .max_url_size(o.max_url_bytes)
                                    .max_field_name_size(256)
                                    .max_field_value_size(o.max_field_bytes)
                                    .max_field_count(o.max_fields)
                                    .max_body_size(o.max_body_bytes))
      .acceptor_post_bind_hook([&bound](asio::ip::tcp::acceptor& a) {
        asio::error_code ec;
        const asio::ip::tcp::endpoint at = a.local_endpoint(ec);
        if (!ec) bound = at.port();
      })
      .request_handler([&](restinio::request_handle_t req) {
        const Clock::time_point start = Clock::now();
        ++in_flight;
        Request request = ToRequest(req);
        request.remote = ClientAddress(request.remote, request.headers, o.trusted_proxies);
        Response response;
        if (draining.load()) {
          response = Stopping();
        } else {
          try {
            response = handler(request);
          } catch (const std::exception&) {
            response = InternalError();
          }
        }
        const double ms =
            std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (log) log->Write(request, response, ms);
        const restinio::http_status_line_t status{
            restinio::http_status_code_t{static_cast<uint16_t>(response.status)},
            std::string(ReasonPhrase(response.status))};
        auto finished = [&in_flight](const asio::error_code&) { --in_flight; };
        if (request.method == "HEAD") {
          // The headers a GET would get, its Content-Length included, and no body.
          auto out = req->create_response<restinio::user_controlled_output_t>(status);
          for (const auto& [name, value] : response.headers.fields()) out.append_header(name, value);
          out.set_content_length(response.body.size());
          return out.done(finished);
        }
        auto out = req->create_response(status);
        for (const auto& [name, value] : response.headers.fields()) out.append_header(name, value);
        out.set_body(std::move(response.body));
        return out.done(finished);
      });

  std::unique_ptr<RestinioServer> server;
  try {
    server = std::make_unique<RestinioServer>(restinio::own_io_context(), std::move(settings));
    server->open_sync();
  } catch (const std::exception& e) {
    return Status::IoError("无法在 " + o.host + ":" + std::to_string(o.port) +
                               " 上监听：" + e.what());
  }
  asio::io_context& io = server->io_context();

  // SIGTERM/SIGINT: answer new requests 503 (Connection: close) while the
  // ones in flight finish — closing the server at once would cut their
  // connections — then close and stop.
  asio::signal_set signals(io, SIGINT, SIGTERM);
  asio::steady_timer drain(io);
  Clock::time_point deadline;
  std::function<void()> check_drained = [&] {
    if (in_flight.load() == 0 || Clock::now() >= deadline) {
      server->close_async([&io] { io.stop(); }, [&io](std::exception_ptr) { io.stop(); });
      return;
    }
    drain.expires_after(std::chrono::milliseconds(20));
    drain.async_wait([&](const asio::error_code&) { check_drained(); });
  };
  signals.async_wait([&](const asio::error_code& ec, int) {
    if (ec) return;
    deadline = Clock::now() + o.shutdown_grace;
    draining = true;
    check_drained();
  });

  if (ready) ready(bound.load());
  const int threads = std::max(1, o.threads);
  std::vector<std::thread> pool;
  pool.reserve(static_cast<size_t>(threads - 1));
  for (int i = 1; i < threads; ++i) pool.emplace_back([&io] { io.run(); });
  io.run();
  for (std::thread& t : pool) t.join();
  return Status::Ok();
}

}  // namespace gongkai::web
