// Java typemaps for the shared interface (bindings/cozecore.i).
//
// Every std::string crosses as byte[] holding UTF-8. SWIG's default maps it
// to java.lang.String through GetStringUTFChars/NewStringUTF, which speak
// *modified* UTF-8: 4-byte characters (emoji) come out mangled and CheckJNI
// may abort. The idiomatic layer (io.cozecore) decodes and encodes with
// StandardCharsets.UTF_8. This covers arguments, return values, struct
// members (getters and setters, via %naturalvar) and std::vector<std::string>.

// java.lang.Error would be shadowed by a generated class named Error.
%rename(CoreError) coze::Error;

%naturalvar std::string;

%define COZE_STRING_AS_BYTES(TYPE)
%typemap(jni) TYPE "jbyteArray"
%typemap(jtype) TYPE "byte[]"
%typemap(jstype) TYPE "byte[]"
%typemap(jboxtype) TYPE "byte[]"
%typemap(javain) TYPE "$javainput"
%typemap(javaout) TYPE {
    return $jnicall;
  }
%enddef

COZE_STRING_AS_BYTES(std::string)
COZE_STRING_AS_BYTES(const std::string &)

%typemap(in) std::string
%{ if (!$input) {
     SWIG_JavaThrowException(jenv, SWIG_JavaNullPointerException, "null byte[]");
     return $null;
   }
   {
     jsize $1_len = jenv->GetArrayLength($input);
     $1.resize((size_t)$1_len);
     if ($1_len > 0) jenv->GetByteArrayRegion($input, 0, $1_len, (jbyte *)&$1[0]);
     if (jenv->ExceptionCheck()) return $null;
   } %}

%typemap(in) const std::string & ($*1_ltype temp)
%{ if (!$input) {
     SWIG_JavaThrowException(jenv, SWIG_JavaNullPointerException, "null byte[]");
     return $null;
   }
   {
     jsize $1_len = jenv->GetArrayLength($input);
     temp.resize((size_t)$1_len);
     if ($1_len > 0) jenv->GetByteArrayRegion($input, 0, $1_len, (jbyte *)&temp[0]);
     if (jenv->ExceptionCheck()) return $null;
   }
   $1 = &temp; %}

%typemap(out) std::string
%{ $result = jenv->NewByteArray((jsize)$1.size());
   if (!$result) return $null;
   if (!$1.empty()) jenv->SetByteArrayRegion($result, 0, (jsize)$1.size(), (const jbyte *)$1.data()); %}

%typemap(out) const std::string &
%{ $result = jenv->NewByteArray((jsize)$1->size());
   if (!$result) return $null;
   if (!$1->empty()) jenv->SetByteArrayRegion($result, 0, (jsize)$1->size(), (const jbyte *)$1->data()); %}

%typemap(typecheck) std::string, const std::string & = char *;

%typemap(throws) std::string, const std::string &
%{ SWIG_JavaThrowException(jenv, SWIG_JavaRuntimeException, "C++ exception");
   return $null; %}

// The JNI class loads libcozecore_jni (from the jar) before any native call.
%pragma(java) jniclasscode=%{
  static {
    io.cozecore.internal.NativeLibrary.load();
  }
%}

// The upload sources of a request (HttpRequest::sources), read one by one
// without a SWIG vector type (io.cozecore.bridge.cozecore_bridge statics).
%inline %{
int coze_java_source_count(const coze::HttpRequest &request) {
  return static_cast<int>(request.sources.size());
}
long long coze_java_source_offset(const coze::HttpRequest &request, int i) {
  return i >= 0 && static_cast<size_t>(i) < request.sources.size()
             ? static_cast<long long>(request.sources[static_cast<size_t>(i)].offset) : -1;
}
long long coze_java_source_size(const coze::HttpRequest &request, int i) {
  return i >= 0 && static_cast<size_t>(i) < request.sources.size()
             ? static_cast<long long>(request.sources[static_cast<size_t>(i)].size) : -1;
}
std::string coze_java_source_id(const coze::HttpRequest &request, int i) {
  return i >= 0 && static_cast<size_t>(i) < request.sources.size()
             ? request.sources[static_cast<size_t>(i)].id : std::string();
}
%}
