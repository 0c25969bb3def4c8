; Inno Setup 6 script: the Windows installer for npmdesk (npmdesk-VERSION-windows-x64-setup.exe).
; Build the one-folder bundle first (packaging\windows\build.ps1 does both), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\npmdesk.iss
; Installs for the current user without administrator rights (or for everyone if the user chooses),
; adds Start-menu and optional desktop shortcuts to npmdesk-gui.exe (no console window), and puts
; npmdesk.exe (the command line) on the user's PATH on request. Uninstalling leaves the vault alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "npmdesk"
#define AppExe "npmdesk-gui.exe"
#define SourceDir "..\..\dist\npmdesk"

[Setup]
; A fixed AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F0C8E1A-3B7D-4C2E-9A51-7D2E4B9F0C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The npmdesk project
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\npmdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the npmdesk command to PATH (for IT scripts)"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Encrypted vault for the NPM's correspondence with the UN SPT"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}')); Flags: preservestringtype

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

// Uninstalling takes the folder back out of PATH (the vault and its backups are never touched).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Entry: string;
  P: Integer;
begin
  if (CurUninstallStep = usPostUninstall) and RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
  begin
    Entry := ';' + ExpandConstant('{app}');
    P := Pos(Uppercase(Entry), Uppercase(Path));
    if P > 0 then
    begin
      Delete(Path, P, Length(Entry));
      RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Path);
    end;
  end;
end;
