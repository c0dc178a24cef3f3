@rem SPDX-License-Identifier: Apache-2.0
@rem orgsim launcher of the binary distribution (Windows): runs the command-line program on
@rem the jars in ..\lib with a Java 17+ runtime (JAVA_HOME, or java on the PATH).
@rem Extra JVM flags: JAVA_OPTS.
@echo off
setlocal
set "ORGSIM_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo orgsim: Java 17 or newer is needed ^(no java found; set JAVA_HOME or PATH^) 1>&2
  exit /b 1
)
"%JAVA%" %JAVA_OPTS% -cp "%ORGSIM_HOME%\lib\*" io.orgsim.cli.Main %*
exit /b %ERRORLEVEL%
